import {
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
} from 'node:http2';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import {
  ApiError,
  documentsInPerspective,
  fail,
  type QueryInput,
  readQueryInput,
  runQuery,
} from './emulator-query.ts';
import { makeSelfSignedCert } from './standin-cert.ts';
import { openListener } from './standin-listen.ts';
import { StandinStore, type StoredDocument, type Transaction } from './standin-store.ts';

/*
 * A loopback stand-in for the Sanity endpoints the built Studio calls, so the real Studio can be
 * driven in a browser with no network: who the user is, the project, queries (shared with the
 * site's query emulator), listening, mutations, document actions and document fetches. Chromium
 * reaches it through --host-resolver-rules. It speaks HTTP/2 over TLS, as the real API does: the
 * Studio holds half a dozen event streams open, and HTTP/1.1's six connections per host would
 * leave none for its queries.
 */

/** The signed-in user every request is answered as: an administrator of the project. */
const USER = {
  id: 'p-standin-editor',
  name: 'Sam Practitioner',
  email: 'sam@example.test',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'sanity',
};

/** Every grant on every document, so the Studio enables editing and publishing. */
const GRANTS = [{ filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create'] }];

export interface StandinOptions {
  projectId: string;
  documents: StoredDocument[];
  dataset?: string;
}

/** A request as received, for tests and for finding endpoints not yet emulated. */
export interface StandinRequest {
  method: string;
  host: string;
  path: string;
  /** False when nothing answered it (a 404 from the fallback). */
  handled: boolean;
  /** The error it was answered with, if any. */
  error?: string;
}

export interface StudioStandin {
  /** The port it listens on, on 127.0.0.1: what *.sanity.io must resolve to. */
  port: number;
  store: StandinStore;
  requests: StandinRequest[];
  /** Committed transactions, oldest first. */
  transactions: Transaction[];
  /** The stored document with this `_id`, or undefined. */
  document(id: string): StoredDocument | undefined;
  close(): Promise<void>;
}

type Handler = (context: RequestContext) => Promise<unknown> | unknown;
interface RequestContext {
  req: Http2ServerRequest;
  res: Http2ServerResponse;
  url: URL;
  match: RegExpExecArray;
  body: string;
  cors: Record<string, string>;
}

function routes(options: Required<StandinOptions>, store: StandinStore): Array<[RegExp, Handler]> {
  const { projectId, dataset } = options;
  const checkDataset = (name: string | undefined) => {
    if (name !== dataset)
      throw fail(404, `Dataset "${name}" not found for project ID "${projectId}"`, 'notFound');
  };
  return [
    [/^\/users\/me$/, () => USER],
    [/^\/users\/([^/]+)$/, () => [USER]],
    [/^\/projects\/([^/]+)$/, () => ({ id: projectId, displayName: 'Quire test', members: [USER] })],
    [/^\/projects\/([^/]+)\/datasets$/, () => [{ name: dataset, aclMode: 'private' }]],
    [/^\/projects\/([^/]+)\/(?:datasets\/[^/]+\/)?acl$/, () => GRANTS],
    [/^\/acl$/, () => GRANTS],
    [
      /^\/data\/query\/([^/]+)$/,
      async ({ req, url, match, body }) => {
        checkDataset(match[1]);
        const input = readQueryInput(req.method ?? 'GET', url, body);
        if (input instanceof ApiError) throw input;
        const perspective = url.searchParams.get('perspective') ?? 'raw';
        const visible = documentsInPerspective(
          [...store.documents.values()],
          perspective === 'published' || perspective === 'drafts' ? perspective : 'raw',
        );
        const result = await runQuery(withPlainSearch(input), visible, { projectId, dataset });
        return { result, ms: 1 };
      },
    ],
    [
      /^\/data\/doc\/([^/]+)\/(.+)$/,
      ({ match }) => {
        checkDataset(match[1]);
        const ids = decodeURIComponent(match[2] ?? '').split(',');
        const documents = ids.flatMap((id) => store.documents.get(id) ?? []);
        const omitted = ids
          .filter((id) => !store.documents.has(id))
          .map((id) => ({ id, reason: 'existence' }));
        return { documents, omitted };
      },
    ],
    [
      /^\/data\/mutate\/([^/]+)$/,
      ({ match, body }) => {
        checkDataset(match[1]);
        const { mutations, transactionId } = JSON.parse(body);
        const transaction = store.mutate(mutations, transactionId);
        const results = transaction.changes.map((change) => ({ id: change.id, operation: 'update' }));
        return { transactionId: transaction.id, results };
      },
    ],
    [
      /^\/data\/actions\/([^/]+)$/,
      ({ match, body }) => {
        checkDataset(match[1]);
        const { actions, transactionId } = JSON.parse(body);
        return { transactionId: store.act(Array.isArray(actions) ? actions : [actions], transactionId).id };
      },
    ],
    [
      /^\/data\/listen\/([^/]+)$/,
      ({ res, url, match, cors }) => {
        checkDataset(match[1]);
        const input = readQueryInput('GET', url, '');
        if (input instanceof ApiError) throw input;
        openListener(res, store, input.query, input.params, cors);
        return LISTENING;
      },
    ],
    // The Studio's side services (announcements, trials, releases, schedules, telemetry, its
    // version check) answered as a project that uses none of them.
    [/^\/projects\/[^/]+\/grants$/, () => ({})],
    [/^\/projects\/[^/]+\/user-applications$/, () => []],
    [/^\/users\/me\/keyvalue\//, () => []],
    [/^\/features$/, () => []],
    [/^\/schedules\//, () => ({ schedules: [] })],
    [/^\/(?:journey|intake)\//, () => ({})],
    [/^\/(?:ping|help)$/, () => ({})],
    // Presence (a WebSocket) is not emulated: the Studio works without it, showing no other editors.
    [/^\/socket\//, () => NOT_EMULATED],
  ];
}

/**
 * groq-js has no `text::query()`, which the Studio's list and search panes filter with. The
 * stand-in swaps it for a plain `match` on titles and names: every document for an empty search.
 */
function withPlainSearch(input: QueryInput): QueryInput {
  const search = /\[@, _id\] match text::query\(\$__query\)/g;
  if (!search.test(input.query)) return input;
  const raw = typeof input.params.__rawQuery === 'string' ? input.params.__rawQuery.trim() : '';
  const filter = raw ? '[title, name, _id] match $__rawQuery' : 'true';
  return { ...input, query: input.query.replace(search, filter) };
}

const LISTENING = Symbol('listening');
const NOT_EMULATED = Symbol('not emulated');
// Every API path starts with a version: v1, vX, v2025-02-19 (or v2026-05-04 for the auth client).
const VERSIONED = /^\/v(?:\d+|X|\d{4}-\d{2}-\d{2})(\/.*)$/;

function corsHeaders(req: Http2ServerRequest): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
  };
}

/** Starts the stand-in on a random loopback port with a fresh self-signed certificate. */
export async function startStudioStandin(options: StandinOptions): Promise<StudioStandin> {
  const resolved = { dataset: 'production', ...options };
  const store = new StandinStore(options.documents);
  const requests: StandinRequest[] = [];
  const table = routes(resolved, store);
  const sessions = new Set<Http2Session>();
  const server = createSecureServer({ ...(await makeSelfSignedCert()), allowHTTP1: true }, (req, res) => {
    const host = req.authority || req.headers.host || '';
    const entry: StandinRequest = { method: req.method ?? 'GET', host, path: req.url, handled: true };
    requests.push(entry);
    answer(req, res, table, entry).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      const failure = error instanceof ApiError ? error : fail(500, String(error), 'standinError');
      entry.error = `${failure.status} ${failure.message}`;
      res.writeHead(failure.status, { ...corsHeaders(req), 'content-type': 'application/json' });
      res.end(JSON.stringify(failure.body));
    });
  });
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    store,
    requests,
    transactions: store.transactions,
    document: (id) => store.documents.get(id),
    close: () =>
      new Promise<void>((done) => {
        for (const session of sessions) session.destroy();
        server.close(() => done());
      }),
  };
}

async function answer(
  req: Http2ServerRequest,
  res: Http2ServerResponse,
  table: Array<[RegExp, Handler]>,
  entry: StandinRequest,
): Promise<void> {
  const url = new URL(req.url ?? '/', `https://${entry.host || 'api.sanity.io'}`);
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
  const path = VERSIONED.exec(url.pathname)?.[1] ?? url.pathname;
  const route = table.find(([pattern]) => pattern.test(path));
  if (!route) {
    entry.handled = false;
    throw fail(404, `The stand-in has no route for ${req.method} ${url.pathname}`, 'standinNoRoute');
  }
  const match = route[0].exec(path) as RegExpExecArray;
  const result = await route[1]({ req, res, url, match, body: await text(req), cors });
  if (result === LISTENING) return;
  if (result === NOT_EMULATED) return void res.writeHead(404, cors).end();
  res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(result));
}
