import { useEffect, useState } from 'react';
import { type QueryParams, useClient } from 'sanity';
import { API_VERSION } from '../env';

// One object for every render: useClient hands out a new client when its options object changes.
const CLIENT_OPTIONS = { apiVersion: API_VERSION };

/**
 * Runs one GROQ query with the Studio's client, across drafts and published documents
 * (`raw` perspective), and returns its result: undefined while loading, after an error, or
 * when `params` is null (nothing to ask). Previews use it for facts a preview `select` cannot
 * reach, such as which series lists a post.
 */
export function useStudioQuery<T>(query: string, params: QueryParams | null): T | undefined {
  const client = useClient(CLIENT_OPTIONS);
  const [result, setResult] = useState<T>();
  // Params arrive as a fresh object on every render; compare them by value.
  const paramsKey = params === null ? null : JSON.stringify(params);

  useEffect(() => {
    if (paramsKey === null) return undefined;
    const controller = new AbortController();
    client
      .fetch<T>(query, JSON.parse(paramsKey) as QueryParams, {
        perspective: 'raw',
        signal: controller.signal,
        tag: 'studio.preview',
      })
      // A failed lookup only leaves the preview without its extra line; nothing to report.
      .then(setResult, () => undefined);
    return () => controller.abort();
  }, [client, query, paramsKey]);

  return result;
}
