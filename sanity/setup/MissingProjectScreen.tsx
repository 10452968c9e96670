import { Card, Heading, Stack, Text } from '@sanity/ui';

/** The variable the Studio's project id is read from (sanity/env.ts). */
export const PROJECT_ID_VARIABLE = 'SANITY_STUDIO_PROJECT_ID';

/**
 * What the Studio shows when it was built without a project id: which variable to set, in which
 * file, and how to get the id, instead of Sanity's "Couldn't reach the Sanity servers" from
 * requests to a project that does not exist.
 */
export function MissingProjectScreen() {
  return (
    <Stack gap={4} data-testid="missing-project">
      <Heading as="h1" size={1}>
        Connect this Studio to your Sanity project
      </Heading>
      <Text size={1}>
        This Studio was started without a project id, so it has nowhere to read or save content.
      </Text>
      <Text size={1}>
        Set <code>{PROJECT_ID_VARIABLE}</code> in the <code>.env</code> file at the root of the repository
        (beside <code>package.json</code>; <code>.env.example</code> lists every variable) to your project's
        id:
      </Text>
      <Card padding={2} radius={2} tone="transparent" border>
        <Text size={1}>
          <code>{`${PROJECT_ID_VARIABLE}=abc123xy`}</code>
        </Text>
      </Card>
      <Text size={1}>
        Find the id at sanity.io/manage, or create a project with <code>npx sanity projects create</code>.
        Then restart <code>npm run studio</code>, or run <code>npm run studio:build</code> again. README.md,
        "Editing in the Studio", has the steps.
      </Text>
    </Stack>
  );
}
