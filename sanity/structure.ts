import { CogIcon } from '@sanity/icons/Cog';
import type { StructureResolver } from 'sanity/structure';
import { SITE_SETTINGS_ID } from './schemaTypes/singletons/site-settings';

/**
 * The desk: Site settings (a single document, opened directly), then Posts newest first,
 * Series, Authors and Categories.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      S.divider(),
      S.documentTypeListItem('post')
        .title('Posts')
        .child(
          S.documentTypeList('post')
            .title('Posts')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
      S.documentTypeListItem('series').title('Series'),
      S.documentTypeListItem('author').title('Authors'),
      S.documentTypeListItem('category').title('Categories'),
    ]);
