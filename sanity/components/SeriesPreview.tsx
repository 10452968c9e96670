import type { PreviewProps } from 'sanity';
import { seriesSubtitle } from '../lib/preview-labels';
import type { SeriesStatus } from '../lib/series-summary';
import { useStudioFacts } from './use-studio-facts';

/** Preview props for a series; the extra fields come from the series type's `prepare`. */
export type SeriesPreviewProps = PreviewProps & {
  seriesStatus?: SeriesStatus;
  partRefs?: Array<string | undefined>;
};

/** A series' preview in forms and search: its summary, recomputed live from the listening facts. */
export function SeriesPreview(props: SeriesPreviewProps) {
  const { seriesStatus, partRefs, renderDefault } = props;
  const facts = useStudioFacts();
  if (!facts || !partRefs) return renderDefault(props);
  return renderDefault({ ...props, subtitle: seriesSubtitle(facts, seriesStatus, partRefs) });
}
