import {
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
} from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { text } from 'node:stream/consumers';
import { ApiError, fail } from './emulator-query.ts';
import { makeSelfSignedCert } from './standin-cert.ts';
import { type Handler, LISTENING, NOT_EMULATED, RawBody, routes } from './standin-routes.ts';
import { StandinStore, type StoredDocument, type Transaction } from './standin-store.ts';

/*
 * A loopback stand-in for the Sanity endpoints the built Studio calls, so the real Studio can be
 * driven in a browser with no network (the endpoints are in standin-routes.ts). Chromium reaches
 * it through --host-resolver-rules. It speaks HTTP/2 over TLS, as the real API does: the Studio
 * holds half a dozen event streams open, and HTTP/1.1's six connections per host would leave none
 * for its queries.
 */

/** The project the stand-in plays and what it starts with. */
export interface StandinOptions {
  projectId: string;
  documents: StoredDocument[];
  /** `production` unless given. */
  dataset?: string;
  /** Image files the CDN serves: file name (`<sha1>-<w>x<h>.<ext>`) → path on disk. */
  images?: ReadonlyMap<string, string>;
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

/** A running stand-in: where it listens, what it holds, and what it was asked. */
export interface StudioStandin {
  /** The port it listens on, on 127.0.0.1: what *.sanity.io must resolve to. */
  port: number;
  store: StandinStore;
  requests: StandinRequest[];
  /** Committed transactions, oldest first. */
  transactions: Transaction[];
  /** The stored document with this `_id`, or undefined. */
  document(id: string): StoredDocument | undefined;
  /**
   * Resolves once every request the browser has sent so far is in `requests`: a page being left
   * sends its last ones as it goes (a listener's preflight, a probe of a failed request), and
   * they can reach the stand-in after the test that follows has begun.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

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
  const { projectId, dataset = 'production', images = new Map() } = options;
  const store = new StandinStore(options.documents);
  const requests: StandinRequest[] = [];
  const table = routes({ projectId, dataset, images }, store);
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
  // server.close() waits for every connection, and not every connection is a session: one still
  // in its TLS handshake is not, nor one that arrives once closing has begun.
  const sockets = new Set<Socket>();
  let closing = false;
  server.on('connection', (socket: Socket) => {
    if (closing) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    store,
    requests,
    transactions: store.transactions,
    document: (id) => store.documents.get(id),
    // Frames on a connection arrive in order: a PING's ack comes after every request sent before
    // it. The turn after the acks lets the requests they trail be dispatched to the handler.
    settle: async () => {
      await Promise.all(
        [...sessions].map(
          (session) => new Promise<void>((acked) => (session.ping(() => acked()) ? undefined : acked())),
        ),
      );
      await new Promise((turn) => setImmediate(turn));
    },
    close: () =>
      new Promise<void>((done) => {
        closing = true;
        for (const session of sessions) session.destroy();
        for (const socket of sockets) socket.destroy();
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
  if (result instanceof RawBody)
    return void res.writeHead(200, { ...cors, 'content-type': result.contentType }).end(result.bytes);
  res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(result));
}
