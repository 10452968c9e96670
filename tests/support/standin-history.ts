import { fail } from './emulator-query.ts';
import { wholeDocumentEffects } from './standin-listen.ts';
import {
  type DocumentChange,
  STANDIN_USER_ID,
  type StandinStore,
  type Transaction,
} from './standin-store.ts';

/*
 * The history endpoints the document pane calls, from the stand-in's own transaction log:
 * `events/documents/<id>` (the document's life: created, published, deleted),
 * `transactions/<ids>` (its edits, as newline-delimited JSON with mendoza effects) and
 * `documents/<id>?revision=` (one past version). Documents from the seed have no history, as
 * after a history-less import. `?time=` is answered with the current version.
 */

const PUBLISH = 'sanity.action.document.publish';

function touches(transaction: Transaction, id: string): DocumentChange | undefined {
  return transaction.changes.find((change) => change.id === id);
}

function isPublish(transaction: Transaction): boolean {
  return transaction.request.actions?.some((action) => action.actionType === PUBLISH) === true;
}

/** What one transaction meant for `id`, as a document event, or undefined if nothing. */
function eventFor(transaction: Transaction, id: string): Record<string, unknown> | undefined {
  const change = touches(transaction, id);
  if (!change) return undefined;
  const documentId = id.replace(/^drafts\./, '');
  const base = { timestamp: transaction.timestamp, author: STANDIN_USER_ID, documentId };
  const variant = id === documentId ? 'published' : 'draft';
  if (isPublish(transaction))
    return {
      ...base,
      type: 'publishDocumentVersion',
      id: transaction.id,
      documentVariantType: variant,
      versionId: `drafts.${documentId}`,
      revisionId: transaction.id,
      versionRevisionId: transaction.changes.find((c) => c.id !== documentId)?.before?._rev,
      publishCause: 'document.publish',
    };
  const type = !change.before ? 'createDocumentVersion' : !change.after ? 'deleteDocumentVersion' : undefined;
  if (!type) return undefined;
  const versionRevisionId = change.after?._rev ?? change.before?._rev;
  return {
    ...base,
    type,
    id: transaction.id,
    documentVariantType: variant,
    versionId: id,
    versionRevisionId,
  };
}

function events(store: StandinStore, id: string) {
  const found = store.transactions.flatMap((transaction) => eventFor(transaction, id) ?? []);
  // Newest first, as the events API lists them.
  return { events: { [id]: found.reverse() }, nextCursor: '' };
}

/** Transactions touching `ids`, oldest first, from `fromTransaction` (included) to `toTransaction`. */
function transactions(store: StandinStore, ids: string[], url: URL): string {
  const from = url.searchParams.get('fromTransaction') || undefined;
  const to = url.searchParams.get('toTransaction') || undefined;
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const log = store.transactions;
  const start = from
    ? Math.max(
        0,
        log.findIndex((t) => t.id === from),
      )
    : 0;
  const end = to ? log.findIndex((t) => t.id === to) : log.length - 1;
  const lines = log
    .slice(start, end + 1)
    .filter((transaction) => ids.some((id) => touches(transaction, id)))
    .slice(0, limit)
    .map((transaction) => {
      const changes = transaction.changes.filter((change) => ids.includes(change.id));
      return JSON.stringify({
        id: transaction.id,
        timestamp: transaction.timestamp,
        author: STANDIN_USER_ID,
        documentIDs: changes.map((change) => change.id),
        effects: Object.fromEntries(changes.map((change) => [change.id, wholeDocumentEffects(change)])),
      });
    });
  return lines.map((line) => `${line}\n`).join('');
}

/** The document `id` as it was at revision `rev` (seed revisions are found as a change's `before`). */
function revision(store: StandinStore, id: string, rev: string | null) {
  const current = store.documents.get(id);
  const versions = store.transactions.flatMap((t) => {
    const change = touches(t, id);
    return change ? [change.before, change.after] : [];
  });
  const found = rev === null ? current : [...versions, current].find((doc) => doc?._rev === rev);
  return { documents: found ? [found] : [] };
}

/**
 * Answers `GET /data/history/<dataset>/<rest>`: `rest` is `events/documents/<id>` or
 * `documents/<id>` (JSON), or `transactions/<id>,<id>` (NDJSON, returned as `{ndjson}`).
 * Anything else is refused by name.
 */
export function answerHistory(store: StandinStore, rest: string, url: URL): object | { ndjson: string } {
  const [kind, ...tail] = rest.split('/');
  if (kind === 'events' && tail[0] === 'documents' && tail[1])
    return events(store, decodeURIComponent(tail[1]));
  if (kind === 'documents' && tail[0])
    return revision(store, decodeURIComponent(tail[0]), url.searchParams.get('revision'));
  if (kind === 'transactions' && tail[0])
    return { ndjson: transactions(store, decodeURIComponent(tail[0]).split(','), url) };
  throw fail(400, `The stand-in does not emulate history "${rest}"`, 'standinUnsupported');
}
