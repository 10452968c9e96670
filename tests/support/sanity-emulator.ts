import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { answerImage, type ImageHost, pointAssetsAt } from './emulator-images.ts';
import { ApiError, documentsInPerspective, fail, readQueryInput, runQuery } from './emulator-query.ts';

/** A failure injected into query requests; `times` unset means every request, forever. */
export interface EmulatorFault {
  status?: number;
  delayMs?: number;
  body?: string;
  times?: number;
  /** Extra or replaced response headers, e.g. `location` for a redirect. */
  headers?: Record<string, string>;
  /** Sends the body chunked, without a content-length, like a stream of unknown size. */
  chunked?: boolean;
}

export interface EmulatorOptions {
  documents: Array<Record<string, unknown>>;
  /** The only dataset that exists; defaults to "production". */
  dataset?: string;
  /**
   * Answers `sanity::projectId()`, appears in "dataset not found" errors and names the image
   * folder; default "emulator". A build against the emulator sets SANITY_PROJECT_ID to the same.
   */
  projectId?: string;
  fault?: EmulatorFault;
  /**
   * A dataset export's folder (`readDatasetExport(...).folder`): its images/ are served at
   * `<url>/images/<projectId>/<dataset>/<file>`, as Sanity's CDN serves them, and asset
   * documents whose `url` is a file: URL into it are served pointing there instead.
   */
  images?: string;
}

/** One request as received; `query` is its GROQ text (URL or POST body), "" when it had none. */
export interface EmulatorRequest {
  method: string;
  path: string;
  query: string;
  perspective: string;
  /** The `Authorization` header, as sent. */
  authorization: string | undefined;
}

export interface SanityEmulator {
  /** `http://127.0.0.1:PORT`: the client's `apiHost`, together with `useProjectHostname: false`. */
  url: string;
  port: number;
  /** Every request received, query or image, in arrival order. */
  requests: EmulatorRequest[];
  setFault(fault?: EmulatorFault): void;
  /** Replaces the documents; their file: asset URLs are pointed at the image route as at start. */
  setDocuments(documents: Array<Record<string, unknown>>): void;
  close(): Promise<void>;
}

/** The emulator's mutable world, with the option defaults resolved once. */
type State = {
  documents: Array<Record<string, unknown>>;
  fault: EmulatorFault | undefined;
  requests: EmulatorRequest[];
  dataset: string;
  projectId: string;
  images: ImageHost | undefined;
};

// Dated versions, `v1` and the experimental `vX` all reach the same query endpoint.
const QUERY_ROUTE = /^\/v(?:\d{4}-\d{2}-\d{2}|\d+|X)\/data\/query\/([^/]+)$/;
// Release perspectives are not emulated: they are refused rather than answered wrongly.
const PERSPECTIVES = ['published', 'drafts', 'raw'] as const;
type Perspective = (typeof PERSPECTIVES)[number];

/**
 * Starts a Sanity query API emulator on a random loopback port. While a fault lasts, each query
 * request waits `delayMs`, then gets `status` (with `body` verbatim, or a Sanity-shaped error),
 * or 200 with the raw `body`, or, with neither, its normal answer. Image requests see no fault.
 */
export async function startSanityEmulator(options: EmulatorOptions): Promise<SanityEmulator> {
  const { documents, fault, dataset = 'production', projectId = 'emulator' } = options;
  const images = options.images === undefined ? undefined : { folder: options.images, projectId, dataset };
  const state: State = {
    documents: [],
    fault: fault && { ...fault },
    requests: [],
    dataset,
    projectId,
    images,
  };
  const server = createServer((req, res) => {
    respond(req, res, state).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      const failure = error instanceof ApiError ? error : fail(500, String(error), 'emulatorError');
      send(res, failure.status, JSON.stringify(failure.body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const setDocuments = (documents: Array<Record<string, unknown>>) => {
    state.documents = images ? pointAssetsAt(documents, url, images) : documents;
  };
  setDocuments(documents);
  return {
    url,
    port,
    requests: state.requests,
    setFault: (fault) => {
      state.fault = fault && { ...fault }; // a copy, so counting down `times` leaves the caller's alone
    },
    setDocuments,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve(); // closing twice is harmless
        server.close((error) => (error ? reject(error) : resolve()));
        // `close()` alone only drops idle sockets; one held by a fault delay would keep it waiting.
        server.closeAllConnections();
      }),
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, state: State): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const input = readQueryInput(method, url, await text(req));
  const query = input instanceof ApiError ? '' : input.query;
  // `published` is what API v2025-02-19 and later use when the client names none.
  const perspective = url.searchParams.get('perspective') ?? 'published';
  const authorization = req.headers.authorization;
  state.requests.push({ method, path: url.pathname, query, perspective, authorization });
  if (method === 'GET' && (await answerImage(url.pathname, res, state.images))) return;
  const route = QUERY_ROUTE.exec(url.pathname);
  if (!route || (method !== 'GET' && method !== 'POST')) {
    throw fail(404, `No route for ${method} ${url.pathname}`, 'notFoundError');
  }
  if (await answeredByFault(res, state)) return;
  if (input instanceof ApiError) throw input;
  const dataset = decodeURIComponent(route[1] ?? '');
  if (dataset !== state.dataset) {
    const description = `Dataset "${dataset}" not found for project ID "${state.projectId}"`;
    throw fail(404, description, 'datasetNotFoundError');
  }
  if (!isPerspective(perspective)) {
    throw fail(400, `Perspective "${perspective}" is not emulated`, 'emulatorUnsupported');
  }
  // Drafts are private: like the Content Lake, show them only to a request with a token.
  if (perspective === 'drafts' && !authorization) {
    throw fail(401, `Perspective "${perspective}" needs a token`, 'unauthorized');
  }
  const visible = documentsInPerspective(state.documents, perspective);
  const started = performance.now();
  const result = await runQuery(input, visible, { projectId: state.projectId, dataset });
  const ms = Math.round(performance.now() - started);
  // @sanity/client sends `returnQuery=false` unless the caller asked for the whole response.
  const echo = url.searchParams.get('returnQuery') === 'false' ? {} : { query: input.query };
  send(res, 200, JSON.stringify({ ...echo, result, ms }));
}

function isPerspective(name: string): name is Perspective {
  return (PERSPECTIVES as readonly string[]).includes(name);
}

/** Applies the current fault, if any is left; true when it has answered the request. */
async function answeredByFault(res: ServerResponse, state: State): Promise<boolean> {
  const fault = state.fault;
  if (!fault || fault.times === 0) return false;
  if (fault.times !== undefined) fault.times -= 1;
  // A client that gave up (its timeout) or a closing emulator leaves nobody to answer.
  if (fault.delayMs && !(await sleep(fault.delayMs, res))) return true;
  if (fault.status !== undefined) {
    const reason = `Emulated fault: HTTP ${fault.status} ${STATUS_CODES[fault.status] ?? ''}`;
    const body = fault.body ?? JSON.stringify(fail(fault.status, reason.trim(), 'emulatedFault').body);
    send(res, fault.status, body, fault);
    return true;
  }
  if (fault.body === undefined) return false;
  send(res, 200, fault.body, fault);
  return true;
}

/** Waits `ms`; resolves false early if the connection closes, so no timer outlives `close()`. */
function sleep(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

function send(res: ServerResponse, status: number, payload: string, fault: EmulatorFault = {}): void {
  const length = fault.chunked ? {} : { 'content-length': Buffer.byteLength(payload) };
  res.writeHead(status, { 'content-type': 'application/json', ...length, ...fault.headers });
  res.end(payload);
}

/** A real `@sanity/client` pointed at the emulator (kept here so tests import one module). */
export { emulatorClient } from './emulator-client.ts';
