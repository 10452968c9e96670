import type { Http2ServerResponse } from 'node:http2';
import { evaluate, parse } from 'groq-js';
import {
  type DocumentChange,
  STANDIN_USER_ID,
  type StandinStore,
  type StoredDocument,
  type Transaction,
} from './standin-store.ts';

/*
 * The listen endpoint (`/data/listen`, server-sent events) as the Studio uses it: a `welcome`
 * event, then one `mutation` event per changed document that matches the listener's filter.
 * Each event carries mendoza `effects` (the Studio's document and preview stores apply those)
 * and `mutations` (its buffered documents apply those); both state the whole new document,
 * which is a valid if unambitious patch in either form.
 */

type Tree = ReturnType<typeof parse>;

// Without this the browser's EventSource reconnects after a proxy's idle timeout; none here.
const KEEP_ALIVE_MS = 15_000;

function withoutRev(doc: StoredDocument | undefined): Record<string, unknown> | null {
  if (!doc) return null;
  const { _rev: _ignored, ...rest } = doc;
  return rest;
}

async function matches(
  tree: Tree,
  params: Record<string, unknown>,
  change: DocumentChange,
): Promise<boolean> {
  const candidates = [change.before, change.after].filter((doc) => doc !== undefined);
  const result = await (await evaluate(tree, { dataset: candidates, params })).get();
  return Array.isArray(result) && result.length > 0;
}

/**
 * A change as mendoza effects: opcode 0 ("Value") replaces the whole document with the literal
 * that follows, which the Studio's stores and its history view both accept.
 */
export function wholeDocumentEffects({ before, after }: DocumentChange) {
  return { apply: [0, withoutRev(after)], revert: [0, withoutRev(before)] };
}

function mutationEvent(transaction: Transaction, change: DocumentChange, index: number, total: number) {
  const { before, after, id } = change;
  return {
    type: 'mutation',
    eventId: `${transaction.id}#${id}`,
    documentId: id,
    transactionId: transaction.id,
    transition: !before ? 'appear' : after ? 'update' : 'disappear',
    identity: STANDIN_USER_ID,
    mutations: after ? [{ createOrReplace: after }] : [{ delete: { id } }],
    previousRev: before?._rev,
    resultRev: transaction.id,
    timestamp: transaction.timestamp,
    effects: wholeDocumentEffects(change),
    // "query": visible to queries already, so the Studio refetches without waiting.
    visibility: 'query',
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
  };
}

function send(res: Http2ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * Answers one listen request on `res` until the client goes away: `query` is the filter
 * (`*[_type == "post"]`) and `params` its values, as @sanity/client sends them.
 */
export function openListener(
  res: Http2ServerResponse,
  store: StandinStore,
  query: string,
  params: Record<string, unknown>,
  headers: Record<string, string>,
): void {
  const tree = parse(query, { params });
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  send(res, 'welcome', { listenerName: `standin-${Math.random().toString(36).slice(2)}` });
  // Events go out in commit order even though matching is asynchronous.
  let queue = Promise.resolve();
  const unsubscribe = store.subscribe((transaction) => {
    const confirmed = store.confirmation();
    queue = queue.then(async () => {
      await confirmed;
      const relevant: DocumentChange[] = [];
      for (const change of transaction.changes)
        if (await matches(tree, params, change)) relevant.push(change);
      relevant.forEach((change, index) => {
        send(res, 'mutation', mutationEvent(transaction, change, index, relevant.length));
      });
    });
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
