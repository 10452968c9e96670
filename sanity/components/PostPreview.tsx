import { useContext } from 'react';
import type { PreviewProps } from 'sanity';
import { postSubtitle } from '../lib/preview-labels';
import { SeriesFormContext } from './series-form-context';
import { useStudioFacts } from './use-studio-facts';

/** Preview props for a post; `postId` and `publishedAt` come from the post type's `prepare`. */
export type PostPreviewProps = PreviewProps & { postId?: string; publishedAt?: string };

/**
 * A post's preview in forms (reference fields, a series' parts): the subtitle `prepare` gave,
 * recomputed live from the listening facts, so a part moved in another series is relabelled at
 * once. In a series' parts list, where each item is numbered beside it, the date alone.
 */
export function PostPreview(props: PostPreviewProps) {
  const { postId, publishedAt, renderDefault } = props;
  const facts = useStudioFacts();
  const inSeriesForm = useContext(SeriesFormContext);
  if (!facts && !inSeriesForm) return renderDefault(props);
  const subtitle = postSubtitle(facts, postId, publishedAt, { withSeries: !inSeriesForm });
  return renderDefault({ ...props, subtitle });
}
