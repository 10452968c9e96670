import { Card, Flex, Spinner, Text } from '@sanity/ui';
import { useEffect, useState } from 'react';
import type { LayoutProps } from 'sanity';
import { useStudioFacts } from './use-studio-facts';

// Long enough for a slow connection, short enough that an outage does not lock the editor out.
const GIVE_UP_MS = 4000;

/**
 * Studio layout that keeps the shared facts listening for the whole session and shows the
 * Studio once they first arrive, so desk lists are labelled from their first paint (their
 * `prepare` functions read the facts synchronously). After {@link GIVE_UP_MS} it shows the
 * Studio anyway: labels then fill in as documents are previewed again.
 */
export function FactsGate(props: LayoutProps) {
  const facts = useStudioFacts();
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGaveUp(true), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, []);
  if (facts || gaveUp) return props.renderDefault(props);
  return (
    <Card height="fill">
      <Flex align="center" justify="center" height="fill" gap={3}>
        <Spinner muted />
        <Text muted>Loading series and dates…</Text>
      </Flex>
    </Card>
  );
}
