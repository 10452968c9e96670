import { EyeOpenIcon } from '@sanity/icons/EyeOpen';
import { LaunchIcon } from '@sanity/icons/Launch';
import type { DocumentActionComponent, DocumentActionProps, SanityDocument } from 'sanity';
import { siteLinks } from '../lib/site-links';

/*
 * "Open on site" and "Preview" on posts and series. The live link needs SANITY_STUDIO_SITE_URL;
 * the preview link points at `npm run preview:drafts` on the editor's own machine.
 */

function slugOf(document: SanityDocument | null): string | undefined {
  const slug = (document?.slug as { current?: unknown } | undefined)?.current;
  return typeof slug === 'string' && slug.trim() ? slug : undefined;
}

function open(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** The published page. Hidden without a site URL; disabled until the document is published. */
export function openOnSiteAction(siteUrl: string | undefined): DocumentActionComponent {
  const action = ({ type, published }: DocumentActionProps) => {
    if (!siteUrl) return null;
    const links = siteLinks(type, slugOf(published), siteUrl);
    return {
      label: 'Open on site',
      icon: LaunchIcon,
      disabled: !links?.live,
      title: links?.live
        ? 'The published page, as readers see it after the next build'
        : 'Not published yet: publish it, and it appears on the site at the next build',
      onHandle: () => links?.live && open(links.live),
    };
  };
  return action;
}

/** The page with this draft in it, from the local draft preview (`npm run preview:drafts`). */
export const previewAction: DocumentActionComponent = ({ type, draft, published }) => {
  const links = siteLinks(type, slugOf(draft ?? published), undefined);
  return {
    label: 'Preview',
    icon: EyeOpenIcon,
    disabled: !links,
    title: links
      ? 'Opens the draft in the local preview; start it first with `npm run preview:drafts`'
      : 'Add a slug to preview this page',
    onHandle: () => links && open(links.preview),
  };
};
