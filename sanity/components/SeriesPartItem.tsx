import { Badge, Box, Button, Flex } from '@sanity/ui';
import { getPublishedId, type ObjectItem, type ObjectItemProps, useFormValue } from 'sanity';
import { type PartNumbering, partNumber } from '../lib/part-label';
import { SeriesFormContext } from './series-form-context';
import { usePartWriter } from './use-part-writer';

type PartValue = { _key: string; _type: string; title?: string };

// Wide enough for "Part VIII", so every item's handle and preview line up in one column.
const BADGE_WIDTH = 64;

/**
 * One member of a series' parts, numbered from its place in the form's current value ("Part II"),
 * so dragging a part relabels every part at once, before anything is saved. The place is looked
 * up by key: the array input keeps an item mounted while it moves, and its `index` can lag. A
 * planned part also offers "Write this part", which creates its post in the planned part's place.
 */
export function SeriesPartItem<Item extends ObjectItem>(props: ObjectItemProps<Item>) {
  const numbering = useFormValue(['numbering']) as PartNumbering | undefined;
  const parts = useFormValue(['parts']) as PartValue[] | undefined;
  const value = props.value as unknown as PartValue;
  const found = parts?.findIndex((part) => part?._key === value._key) ?? -1;
  const position = found >= 0 ? found + 1 : props.index + 1;
  return (
    <Flex align="center" gap={2}>
      <Box paddingLeft={1} style={{ width: BADGE_WIDTH, flex: 'none' }}>
        <Badge tone="primary" data-testid="part-number">{`Part ${partNumber(position, numbering)}`}</Badge>
      </Box>
      <Box flex={1}>
        <SeriesFormContext.Provider value={true}>
          {/* renderDefault is typed for the base item; these props are that item's own. */}
          {props.renderDefault(props as unknown as ObjectItemProps)}
        </SeriesFormContext.Provider>
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
