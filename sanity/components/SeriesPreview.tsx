import type { PreviewProps } from 'sanity';
import { formatSeriesSummary, type SeriesStatus } from '../lib/series-summary';
import { PUBLISHED_POST_COUNT_QUERY } from '../queries';
import { useStudioQuery } from './use-studio-query';

/** Preview props for a series; the extra fields come from the series type's `preview.prepare`. */
export type SeriesPreviewProps = PreviewProps & {
  seriesStatus?: SeriesStatus;
  partCount?: number;
  postIds?: string[];
};

/**
 * A series' preview: status and how many parts are published and planned
 * ("Ongoing · 3 published · 2 planned"). Whether a referenced post is published is asked of
 * the Content Lake, since a part may point at a post that is still a draft.
 */
export function SeriesPreview(props: SeriesPreviewProps) {
  const { seriesStatus, partCount = 0, postIds = [], renderDefault } = props;
  const published = useStudioQuery<number>(
    PUBLISHED_POST_COUNT_QUERY,
    postIds.length > 0 ? { ids: postIds } : null,
  );
  const publishedCount = postIds.length === 0 ? 0 : published;
  return renderDefault({ ...props, subtitle: formatSeriesSummary(seriesStatus, partCount, publishedCount) });
}
