import type { RequestHandler, RequestHandlerOptions } from '@sanity/client';

type FetchFunction = NonNullable<RequestHandlerOptions['fetch']>;
type FetchResponse = Awaited<ReturnType<FetchFunction>>;
type Seen = { status?: number; contentType?: string };

/** An API answer the site will not read; the message says what it was and what to do. */
export class UnusableAnswerError extends Error {
  override readonly name = 'UnusableAnswerError';
}

const CHECK_HOST =
  'check SANITY_API_HOST and any proxy between the build and Sanity (HTTPS_PROXY), then run the build again';
const SOMETHING_ELSE = `Something other than Sanity is answering: ${CHECK_HOST}`;

/**
 * A `requestHandler` for @sanity/client that refuses what the client would otherwise misread:
 * a redirect (its empty body read as "no result"), an answer over `maxBytes` (counted while it
 * streams, so it is never held whole), and a body that is empty, not JSON, or has no `result`.
 * Each becomes an `UnusableAnswerError`; HTTP errors pass through untouched.
 */
export function guardAnswers(maxBytes: number): RequestHandler {
  return async (request, next) => {
    const seen: Seen = {};
    // In Node the client always resolves its own fetch; the global one is a fallback only.
    const inner = request.fetch ?? (globalThis.fetch as unknown as FetchFunction);
    const body = await next({ ...request, fetch: guardFetch(inner, maxBytes, seen) });
    checkBody(body, seen);
    return body;
  };
}

function guardFetch(inner: FetchFunction, maxBytes: number, seen: Seen): FetchFunction {
  return async (input, init) => {
    const response = await inner(input, init);
    seen.status = response.status;
    seen.contentType = response.headers.get('content-type') ?? undefined;
    // The client asks not to follow redirects, and Sanity's query API never sends one.
    if (response.status >= 300 && response.status < 400) {
      void response.body?.cancel().catch(() => {});
      const target = response.headers.get('location');
      throw new UnusableAnswerError(
        `the API answered HTTP ${response.status}, a redirect to ${target ? `"${target}"` : 'nowhere'}, instead of content. ${SOMETHING_ELSE}`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw oversized(maxBytes, `it declares ${formatBytes(declared)}`);
    }
    return withCappedBody(response, maxBytes);
  };
}

/** The same response, whose body reading stops with an error once it passes `maxBytes`. */
function withCappedBody(response: FetchResponse, maxBytes: number): FetchResponse {
  let total = 0;
  const capped = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      // Throwing here cancels the network body: the rest of the answer is never read.
      if (total > maxBytes) throw oversized(maxBytes, 'it kept coming past that');
      controller.enqueue(chunk);
    },
  });
  const read = () => new Response(response.body?.pipeThrough(capped)).arrayBuffer();
  // The client reads the body with these two only; everything else is the response's own.
  return Object.assign(response, {
    arrayBuffer: read,
    text: async () => new TextDecoder().decode(await read()),
  });
}

function oversized(maxBytes: number, detail: string): UnusableAnswerError {
  return new UnusableAnswerError(
    `the answer is larger than the ${formatBytes(maxBytes)} cap (${detail}), so it was refused rather than read into memory. If the site really has that much content, raise SANITY_MAX_RESPONSE_MB; if not, ${CHECK_HOST}`,
  );
}

/** Refuses a successful answer the client could not have read a query result from. */
function checkBody(body: unknown, { status, contentType }: Seen): void {
  const unusable = (problem: string) =>
    new UnusableAnswerError(`the API answered HTTP ${status ?? '200'} with ${problem}. ${SOMETHING_ELSE}`);
  if (body === undefined) throw unusable('an empty body instead of a query result');
  if (typeof body === 'string') {
    const start = JSON.stringify(body.slice(0, 60));
    throw unusable(`a body that is not JSON (${contentType ?? 'no content type'}, beginning ${start})`);
  }
  if (typeof body !== 'object' || body === null || !('result' in body)) {
    throw unusable(`JSON that has no "result" (${JSON.stringify(body).slice(0, 60)})`);
  }
}

const formatBytes = (bytes: number): string =>
  bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${bytes} bytes`;
