import { useCallback } from 'react';
import { useClient, useDocumentOperation } from 'sanity';
import { useRouter } from 'sanity/router';
import { API_VERSION } from '../env';
import { newPartDraft, partReference } from '../lib/new-part';
import { AUTHOR_IDS_QUERY } from '../queries';

const CLIENT_OPTIONS = { apiVersion: API_VERSION };

/** Turns a planned part of a series into a post, or adds a new post at the end of the series. */
export interface PartWriter {
  /** Creates an untitled draft post, appends it to the series and opens it. */
  appendNewPart(): Promise<void>;
  /** Creates a draft post titled `title`, puts it where the planned part `key` was, and opens it. */
  writePlannedPart(key: string, title: string | undefined): Promise<void>;
}

/**
 * Part writing for the series `seriesId` (its published id). The post is created first, then the
 * series is patched through the Studio's own document operations, so an open series form shows
 * the change at once and the edit lands in the series' draft like any other.
 */
export function usePartWriter(seriesId: string): PartWriter {
  const client = useClient(CLIENT_OPTIONS);
  const { patch } = useDocumentOperation(seriesId, 'series');
  const { navigateIntent } = useRouter();

  const createPost = useCallback(
    async (title: string | undefined) => {
      const authors = await client.fetch<string[]>(AUTHOR_IDS_QUERY, {}, { perspective: 'raw' });
      const id = crypto.randomUUID();
      await client.create(newPartDraft(id, title, authors.length === 1 ? authors[0] : undefined));
      return id;
    },
    [client],
  );

  const appendNewPart = useCallback(async () => {
    const id = await createPost(undefined);
    const ref = partReference(id, crypto.randomUUID().slice(0, 12));
    patch.execute([{ setIfMissing: { parts: [] } }, { insert: { after: 'parts[-1]', items: [ref] } }]);
    navigateIntent('edit', { id, type: 'post' });
  }, [createPost, patch, navigateIntent]);

  const writePlannedPart = useCallback(
    async (key: string, title: string | undefined) => {
      const id = await createPost(title);
      patch.execute([{ set: { [`parts[_key=="${key}"]`]: partReference(id, key) } }]);
      navigateIntent('edit', { id, type: 'post' });
    },
    [createPost, patch, navigateIntent],
  );

  return { appendNewPart, writePlannedPart };
}
