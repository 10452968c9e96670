import type { DocumentActionComponent, DocumentActionProps } from 'sanity';
import { useDocumentOperation } from 'sanity';
import { type DatedVersions, shouldStampPublishDate } from '../lib/publication';

/**
 * Wraps the Studio's own Publish action for posts: when the editor left "Published at" empty or
 * at the value it had when the draft was made, publishing sets it to the moment of publishing,
 * so a post drafted for weeks is not dated the day it was started. A date the editor chose,
 * past or future, is kept. Validation, disabling and the publish itself stay the default's.
 */
export function publishWithDate(defaultPublish: DocumentActionComponent): DocumentActionComponent {
  const action = (props: DocumentActionProps) => {
    const { patch } = useDocumentOperation(props.id, props.type);
    const original = defaultPublish(props);
    if (!original) return original;
    return {
      ...original,
      onHandle: () => {
        const versions = { draft: props.draft, published: props.published } as DatedVersions;
        if (shouldStampPublishDate(versions)) {
          // Publish waits for pending patches to be saved first (it needs a consistent pair).
          patch.execute([{ set: { publishedAt: new Date().toISOString() } }]);
        }
        original.onHandle?.();
      },
    };
  };
  if (defaultPublish.action) action.action = defaultPublish.action;
  return action;
}
