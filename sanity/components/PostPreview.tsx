import { useContext } from 'react';
import type { PreviewProps } from 'sanity';
import { postSubtitle } from '../lib/preview-labels';
import { PartLabelContext } from './part-label-context';
import { useStudioFacts } from './use-studio-facts';

/** Preview props for a post; `postId` and `publishedAt` come from the post type's `prepare`. */
export type PostPreviewProps = PreviewProps & { postId?: string; publishedAt?: string };

/**
 * A post's preview in forms (reference fields, a series' parts): the subtitle `prepare` gave,
 * recomputed live from the listening facts, or from the series form's own order when it is
 * inside one, so a reordered part is relabelled before anything is saved.
 */
export function PostPreview(props: PostPreviewProps) {
  const { postId, publishedAt, renderDefault } = props;
  const facts = useStudioFacts();
  const formLabel = useContext(PartLabelContext) ?? undefined;
  if (!facts && !formLabel) return renderDefault(props);
  return renderDefault({ ...props, subtitle: postSubtitle(facts, postId, publishedAt, formLabel) });
}
