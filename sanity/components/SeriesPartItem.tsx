import { Badge, Box, Button, Flex } from '@sanity/ui';
import { getPublishedId, type ObjectItem, type ObjectItemProps, useFormValue } from 'sanity';
import { formatPartNumber, formatSeriesLabel, type PartNumbering } from '../lib/part-label';
import { PartLabelContext } from './part-label-context';
import { usePartWriter } from './use-part-writer';

type PartValue = { _key: string; _type: string; title?: string };

/**
 * One member of a series' parts, numbered from its place in the form's current value ("Part II"),
 * so dragging a part relabels every part at once, before anything is saved. A planned part also
 * offers "Write this part", which creates its post and puts it in the planned part's place.
 */
export function SeriesPartItem<Item extends ObjectItem>(props: ObjectItemProps<Item>) {
  const numbering = useFormValue(['numbering']) as PartNumbering | undefined;
  const seriesTitle = useFormValue(['title']) as string | undefined;
  const position = props.index + 1;
  const value = props.value as unknown as PartValue;
  return (
    <Flex align="center" gap={2}>
      <Box paddingLeft={2}>
        <Badge
          tone="primary"
          data-testid="part-number"
        >{`Part ${formatPartNumber(position, numbering)}`}</Badge>
      </Box>
      <Box flex={1}>
        <PartLabelContext.Provider value={formatSeriesLabel(position, numbering, seriesTitle)}>
          {/* renderDefault is typed for the base item; these props are that item's own. */}
          {props.renderDefault(props as unknown as ObjectItemProps)}
        </PartLabelContext.Provider>
      </Box>
      {value._type === 'plannedPart' && !props.readOnly ? <WritePartButton part={value} /> : null}
    </Flex>
  );
}

function WritePartButton({ part }: { part: PartValue }) {
  const seriesId = getPublishedId((useFormValue(['_id']) as string | undefined) ?? '');
  const { writePlannedPart } = usePartWriter(seriesId);
  return (
    <Button
      mode="ghost"
      fontSize={1}
      text="Write this part"
      title="Create the post for this planned part, in its place in the series"
      onClick={() => void writePlannedPart(part._key, part.title)}
    />
  );
}
