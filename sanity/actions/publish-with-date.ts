import { useEffect, useState } from 'react';
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
    const [stamped, setStamped] = useState(false);
    // The default Publish decides at the click whether to wait for unsaved changes, from what it
    // saw at its last render. Called in the same tick as the date patch, it would publish at
    // once, and the Studio's save of the patch, which follows within a second, would cancel that
    // publish if it were still waiting for the server (the Studio runs one operation per
    // document at a time): the click would do nothing. One render later it sees the patch as
    // unsaved and waits for the save, as it does for any edit.
    useEffect(() => {
      if (!stamped) return;
      setStamped(false);
      original?.onHandle?.();
    }, [stamped, original]);
    if (!original) return original;
    return {
      ...original,
      onHandle: () => {
        const versions = { draft: props.draft, published: props.published } as DatedVersions;
        if (!shouldStampPublishDate(versions)) return original.onHandle?.();
        patch.execute([{ set: { publishedAt: new Date().toISOString() } }]);
        setStamped(true);
      },
    };
  };
  if (defaultPublish.action) action.action = defaultPublish.action;
  return action;
}
