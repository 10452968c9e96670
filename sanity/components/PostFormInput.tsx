import { Button, Card, Flex, Stack, Text } from '@sanity/ui';
import { getPublishedId, type ObjectInputProps } from 'sanity';
import { IntentLink } from 'sanity/router';
import { describePublication } from '../lib/publication';
import { formatPlace, type Placement, placementsOf } from '../lib/series-placement';
import { usePartWriter } from './use-part-writer';
import { useStudioFacts } from './use-studio-facts';

/**
 * The post form, headed by what the form alone cannot say: which series lists this post and as
 * which part ("Part II of IV in Burnout, Slowly"), live from the series' current versions, and
 * whether the post is scheduled for a future date.
 */
export function PostFormInput(props: ObjectInputProps) {
  const value = props.value as { _id?: string; publishedAt?: string } | undefined;
  const facts = useStudioFacts();
  const postId = value?._id ? getPublishedId(value._id) : undefined;
  const placements = facts && postId ? placementsOf(facts.series, postId) : [];
  const publication = describePublication(value?.publishedAt, facts?.timeZone ?? undefined);
  return (
    <Stack gap={4}>
      {placements.map((placement) => (
        <PlacementCard key={placement.seriesId} placement={placement} />
      ))}
      {publication.kind === 'scheduled' ? (
        <Card tone="caution" padding={3} radius={2} border data-testid="scheduled-note">
          <Text size={1}>{`${publication.text} at the next build after it.`}</Text>
        </Card>
      ) : null}
      {props.renderDefault(props)}
    </Stack>
  );
}

function PlacementCard({ placement }: { placement: Placement }) {
  const { appendNewPart } = usePartWriter(placement.seriesId);
  return (
    <Card tone="primary" padding={3} radius={2} border data-testid="series-placement">
      <Flex align="center" gap={3} wrap="wrap">
        <Stack gap={2} flex={1}>
          <Text size={1} weight="medium">
            {`${formatPlace(placement)} in `}
            <IntentLink intent="edit" params={{ id: placement.seriesId, type: 'series' }}>
              {placement.seriesTitle}
            </IntentLink>
          </Text>
          {placement.unpublished ? (
            <Text size={1} muted>
              Only in the series' unpublished changes: readers see it once the series is published.
            </Text>
          ) : null}
        </Stack>
        <Button
          mode="ghost"
          fontSize={1}
          text="New part in this series"
          onClick={() => void appendNewPart()}
        />
      </Flex>
    </Card>
  );
}
