import { definePlugin } from 'sanity';

/** What the Studio says when it was built without a project to edit. */
export const MISSING_PROJECT_MESSAGE =
  'This Studio has no Sanity project yet. Set SANITY_STUDIO_PROJECT_ID in the .env file at the ' +
  "root of the repository to your project's id (sanity.io/manage, or `npx sanity init` to create " +
  'one), then restart `npm run studio` or run `npm run studio:build` again. See README.md, "Writing in the Studio".';

/**
 * Stops the Studio before it reaches for the network when no project id was set at build time:
 * the Studio shows this configuration error, naming the variable and where it goes, instead of
 * "Couldn't reach the Sanity servers" from requests to a placeholder project.
 */
export const missingProjectPlugin = definePlugin({
  name: 'quire-missing-project',
  schema: {
    types: () => {
      throw new Error(MISSING_PROJECT_MESSAGE);
    },
  },
});
