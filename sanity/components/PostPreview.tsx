import { getPublishedId, type PreviewProps } from 'sanity';
import { type SeriesOfPost, seriesLabelFor } from '../lib/part-label';
import { SERIES_OF_POST_QUERY } from '../queries';
import { useStudioQuery } from './use-studio-query';

/** Preview props for a post; `postId` comes from the post type's `preview.prepare`. */
export type PostPreviewProps = PreviewProps & { postId?: string };

/**
 * A post's preview: its date (from `prepare`) followed by its series label, e.g.
 * "12 Mar 2025 · Part II · Burnout, Slowly". A series is found by asking which series lists
 * the post, since the post itself does not store it.
 */
export function PostPreview(props: PostPreviewProps) {
  const { postId, subtitle, renderDefault } = props;
  const publishedId = postId ? getPublishedId(postId) : undefined;
  const series = useStudioQuery<SeriesOfPost | null>(
    SERIES_OF_POST_QUERY,
    publishedId ? { post: publishedId } : null,
  );
  const label = publishedId ? seriesLabelFor(series, publishedId) : undefined;
  if (!label) return renderDefault(props);
  const date = typeof subtitle === 'string' ? subtitle : undefined;
  return renderDefault({ ...props, subtitle: date ? `${date} · ${label}` : label });
}
