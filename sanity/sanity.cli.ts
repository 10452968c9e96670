import { defineCliConfig } from 'sanity/cli';
import { readStudioEnv } from './env';
import { loadRootEnv } from './lib/load-root-env';
import { QUERY_SOURCES, typegenOutputs } from './lib/typegen-paths';

// The root .env must be loaded before the Studio's settings are read; the Studio bundle
// built by this CLI process sees the same SANITY_STUDIO_* values.
loadRootEnv();
const { projectId, dataset, appId } = readStudioEnv();
const outputs = typegenOutputs();

/** CLI settings: the project to talk to, schema extraction, and TypeGen for the site's queries. */
export default defineCliConfig({
  api: { projectId, dataset },
  // autoUpdates off: the deployed Studio keeps the pinned Sanity versions instead of loading newer ones.
  deployment: { autoUpdates: false, ...(appId ? { appId } : {}) },
  schemaExtraction: { path: outputs.schema },
  typegen: {
    path: QUERY_SOURCES,
    schema: outputs.schema,
    generates: outputs.types,
    // Unformatted output is byte-identical on every machine, which the staleness check relies on.
    formatGeneratedCode: false,
  },
});
