import { Card, Stack, Text } from '@sanity/ui';
import { type ObjectInputProps, useFormValue } from 'sanity';
import { readStudioEnv } from '../env';
import { siteLinks } from '../lib/site-links';

const { siteUrl } = readStudioEnv();

/**
 * The post's "Search & sharing" fields under a preview of its search result: the title, address
 * and description a search engine would show, falling back as the site does (post title,
 * excerpt) when the overrides are empty.
 */
export function SeoInput(props: ObjectInputProps) {
  const seo = (props.value ?? {}) as { title?: string; description?: string };
  const title = useFormValue(['title']) as string | undefined;
  const excerpt = useFormValue(['excerpt']) as string | undefined;
  const slug = (useFormValue(['slug']) as { current?: string } | undefined)?.current;
  const links = siteLinks('post', slug, siteUrl ?? 'https://example.com/');
  return (
    <Stack gap={4}>
      <Card padding={3} radius={2} border data-testid="search-snippet">
        <Stack gap={2}>
          <Text size={1} muted>
            {links?.live ?? 'Add a slug to see the address'}
          </Text>
          <Text size={2} weight="medium">
            {seo.title?.trim() || title?.trim() || 'Untitled post'}
          </Text>
          <Text size={1} muted>
            {seo.description?.trim() ||
              excerpt?.trim() ||
              'Add an excerpt or a description for search results.'}
          </Text>
        </Stack>
      </Card>
      {props.renderDefault(props)}
    </Stack>
  );
}
