import { visionTool } from '@sanity/vision';
import { defineConfig, isDev } from 'sanity';
import { structureTool } from 'sanity/structure';
import { openOnSiteAction, previewAction } from './actions/site-link-actions';
import { API_VERSION, readStudioEnv } from './env';
import { schemaTypes } from './schemaTypes';
import { singletonActions, withoutSingletonOptions, withoutSingletonTemplates } from './singletons';
import { structure } from './structure';

const { projectId, dataset, siteUrl } = readStudioEnv();

/** Types with a page of their own, which get "Open on site" and "Preview" after their actions. */
const TYPES_WITH_PAGES = new Set(['post', 'series']);

/** Quire's Studio: one workspace with the desk structure, site settings as a singleton. */
export default defineConfig({
  name: 'default',
  title: 'Quire',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    // The GROQ playground is for whoever maintains the site, so only `npm run studio` shows it.
    ...(isDev ? [visionTool({ defaultApiVersion: API_VERSION })] : []),
  ],
  schema: {
    types: schemaTypes,
    templates: withoutSingletonTemplates,
  },
  document: {
    newDocumentOptions: withoutSingletonOptions,
    actions: (actions, { schemaType }) =>
      TYPES_WITH_PAGES.has(schemaType)
        ? [...actions, openOnSiteAction(siteUrl), previewAction]
        : singletonActions(actions, schemaType),
  },
});
