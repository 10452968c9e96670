import { visionTool } from '@sanity/vision';
import { defineConfig, isDev } from 'sanity';
import { structureTool } from 'sanity/structure';
import { newPartAction } from './actions/new-part-action';
import { publishWithDate } from './actions/publish-with-date';
import { openOnSiteAction, previewAction } from './actions/site-link-actions';
import { readingTimeBadge } from './badges/reading-time-badge';
import { FactsGate } from './components/FactsGate';
import { API_VERSION, readStudioEnv } from './env';
import { schemaTypes } from './schemaTypes';
import { missingProjectAuth } from './setup/missing-project';
import { singletonActions, withoutSingletonOptions, withoutSingletonTemplates } from './singletons';
import { structure } from './structure';

const { projectId, dataset, siteUrl, hasProject } = readStudioEnv();

// Only the Studio in a browser needs a real project: the CLI's offline schema validation and
// extraction (which run in Node, where `process` exists) work with the placeholder.
const needsProject = !hasProject && typeof process === 'undefined';

/** Types with a page of their own, which get "Open on site" and "Preview" after their actions. */
const TYPES_WITH_PAGES = new Set(['post', 'series']);

/** Quire's Studio: one workspace with the desk structure, site settings as a singleton. */
export default defineConfig({
  name: 'default',
  title: 'Quire',
  projectId,
  dataset,
  // Without a project, the sign-in step is a set-up screen naming SANITY_STUDIO_PROJECT_ID.
  ...(needsProject ? { auth: missingProjectAuth(projectId, dataset) } : {}),
  plugins: [
    structureTool({ structure }),
    // The GROQ playground is for whoever maintains the site, so only `npm run studio` shows it.
    ...(isDev ? [visionTool({ defaultApiVersion: API_VERSION })] : []),
  ],
  studio: { components: { layout: FactsGate } },
  schema: {
    types: schemaTypes,
    templates: withoutSingletonTemplates,
  },
  document: {
    newDocumentOptions: withoutSingletonOptions,
    actions: (actions, { schemaType }) => {
      if (!TYPES_WITH_PAGES.has(schemaType)) return singletonActions(actions, schemaType);
      const own = actions.map((action) =>
        schemaType === 'post' && action.action === 'publish' ? publishWithDate(action) : action,
      );
      const extra = schemaType === 'series' ? [newPartAction] : [];
      return [...own, ...extra, openOnSiteAction(siteUrl), previewAction];
    },
    badges: (badges, { schemaType }) => (schemaType === 'post' ? [...badges, readingTimeBadge] : badges),
  },
});
