import { type ClientConfig, ClientError, type SanityClient } from '@sanity/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emulatorClient, type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator';

const DOCUMENTS = [
  { _id: 'post-1', _type: 'post', title: 'First', series: 'groq' },
  { _id: 'post-2', _type: 'post', title: 'Second', series: 'groq' },
  { _id: 'post-3', _type: 'post', title: 'Elsewhere', series: 'misc' },
  { _id: 'drafts.post-1', _type: 'post', title: 'First (draft)', series: 'groq' },
  { _id: 'versions.r1.post-4', _type: 'post', title: 'Scheduled', series: 'groq' },
];
const TITLES_IN_SERIES = '*[_type == "post" && series == $series] | order(_id asc).title';

let emulator: SanityEmulator;
beforeEach(async () => {
  emulator = await startSanityEmulator({ documents: DOCUMENTS });
});
afterEach(() => emulator.close());

/** A real client pointed at the emulator, in the published perspective, retries off. */
function clientFor(config: Partial<ClientConfig> = {}): SanityClient {
  return emulatorClient(emulator, { perspective: 'published', ...config });
}

/** The value a promise rejects with; fails the test if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`Expected a rejection, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

describe('queries', () => {
  it('answers a parameterised GET query with the documents it selects', async () => {
    const titles = await clientFor().fetch(TITLES_IN_SERIES, { series: 'groq' });

    expect(titles).toEqual(['First', 'Second']);
    expect(emulator.requests).toEqual([
      {
        method: 'GET',
        path: '/v2025-02-19/data/query/production',
        query: TITLES_IN_SERIES,
        perspective: 'published',
        authorization: undefined,
      },
    ]);
  });

  it('hides drafts and release versions from the published perspective', async () => {
    expect(await clientFor().fetch('*._id')).toEqual(['post-1', 'post-2', 'post-3']);
    expect(await clientFor({ perspective: 'raw' }).fetch('count(*)')).toBe(DOCUMENTS.length);
  });

  it('shows drafts in place of their documents in the drafts perspective, to a token only', async () => {
    const drafts = clientFor({ perspective: 'drafts', token: 'sk-viewer' });
    expect(await drafts.fetch('*[_type == "post"]{_id, title, _originalId}')).toEqual([
      { _id: 'post-1', title: 'First (draft)', _originalId: 'drafts.post-1' },
      { _id: 'post-2', title: 'Second', _originalId: null },
      { _id: 'post-3', title: 'Elsewhere', _originalId: null },
    ]);
    expect(emulator.requests.at(-1)).toMatchObject({
      perspective: 'drafts',
      authorization: 'Bearer sk-viewer',
    });
    await expect(clientFor({ perspective: 'drafts' }).fetch('*')).rejects.toMatchObject({ statusCode: 401 });
  });

  it('answers a query too long for a URL, which the client POSTs', async () => {
    // A GROQ comment pads the query past the client's 11 KB GET limit without slowing evaluation.
    const query = `// ${'padding '.repeat(1_600)}\n${TITLES_IN_SERIES}`;

    expect(await clientFor().fetch(query, { series: 'misc' })).toEqual(['Elsewhere']);
    expect(emulator.requests[0]?.method).toBe('POST');
    expect(emulator.requests[0]?.query.length).toBeGreaterThan(12_000);
  });

  it('serves documents swapped in with setDocuments', async () => {
    emulator.setDocuments([{ _id: 'post-9', _type: 'post', title: 'New', series: 'groq' }]);

    expect(await clientFor().fetch(TITLES_IN_SERIES, { series: 'groq' })).toEqual(['New']);
  });
});

describe('errors shaped like Sanity', () => {
  it('reports a GROQ syntax error as a queryParseError with a code frame', async () => {
    const error = await rejectionOf(clientFor().fetch('*[_type == "post"'));

    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({
      statusCode: 400,
      details: { type: 'queryParseError', start: 16 },
    });
    expect((error as Error).message).toMatch(/^GROQ query parse error:\n> 1 \| \*\[_type == "post"/);
  });

  it('refuses a query whose params were not supplied, as the real API does', async () => {
    const error = await rejectionOf(clientFor().fetch(TITLES_IN_SERIES));

    expect(error).toMatchObject({
      statusCode: 400,
      message: 'param $series referenced, but not provided',
    });
  });

  it('answers 404 for an unknown dataset and for an unknown route', async () => {
    const error = await rejectionOf(clientFor({ dataset: 'staging' }).fetch('*'));
    const response = await fetch(`${emulator.url}/v2025-02-19/data/mutate/production`);

    expect(error).toMatchObject({
      statusCode: 404,
      message: expect.stringMatching(/"staging" not found/),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: 'notFoundError' } });
  });
});

/** A plain GET of the emulator's query route, so the emulator's own answer is seen, not a client's reading of it. */
function queryRoute(query = '*'): Promise<Response> {
  return fetch(`${emulator.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(query)}`);
}

describe('fault injection', () => {
  it('answers a status fault with a Sanity-shaped error, on every request while it lasts', async () => {
    emulator.setFault({ status: 500 });
    for (const response of [await queryRoute(), await queryRoute()]) {
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: { type: 'emulatedFault' } });
    }
  });

  it('answers normally once a fault has answered its `times` requests', async () => {
    emulator.setFault({ status: 429, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await queryRoute('count(*)')).status);
    expect(statuses).toEqual([429, 429, 200]);
    expect(await (await queryRoute('count(*)')).json()).toMatchObject({ result: 3 });
  });

  it('sends a fault body verbatim, with its status and headers', async () => {
    emulator.setFault({
      status: 502,
      body: '<html>Bad gateway</html>',
      headers: { 'content-type': 'text/html' },
      times: 1,
    });
    const failed = await queryRoute();
    expect([failed.status, failed.headers.get('content-type'), await failed.text()]).toEqual([
      502,
      'text/html',
      '<html>Bad gateway</html>',
    ]);
    emulator.setFault({ body: '{"result": [', times: 1 });
    const malformed = await queryRoute();
    expect([malformed.status, await malformed.text()]).toEqual([200, '{"result": [']);
  });

  it('holds a delayed answer back while a later request is answered', async () => {
    // Far longer than the test may take: the answer must still be pending when the other is in.
    emulator.setFault({ delayMs: 3_600_000, times: 1 });
    let answered = false;
    // Cut off, below, when the emulator closes.
    const delayed = queryRoute('count(*)').then(
      () => (answered = true),
      () => undefined,
    );
    while (emulator.requests.length === 0) await new Promise((wake) => setTimeout(wake, 5));
    expect(await (await queryRoute('count(*)')).json()).toMatchObject({ result: 3 });
    expect(answered).toBe(false);
    await emulator.close();
    await delayed;
  });

  it('answers normally once the delay is over, when the fault has no status or body', async () => {
    emulator.setFault({ delayMs: 50, times: 1 });
    const response = await queryRoute('count(*)');
    expect([response.status, await response.json()]).toEqual([
      200,
      { query: 'count(*)', result: 3, ms: expect.any(Number) },
    ]);
  });
});

describe('lifecycle', () => {
  it('counts every request, query or not', async () => {
    await clientFor().fetch('count(*)');
    await fetch(`${emulator.url}/nowhere`);

    expect(emulator.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /v2025-02-19/data/query/production',
      'GET /nowhere',
    ]);
  });

  it('closes while a delayed request is still in flight, which then fails', async () => {
    // Far longer than the test may take: if close() waited for it, the test would time out.
    emulator.setFault({ delayMs: 3_600_000 });
    const pending = rejectionOf(clientFor().fetch('*'));
    while (emulator.requests.length === 0) await new Promise((wake) => setTimeout(wake, 5));
    await emulator.close();

    expect(await pending).toMatchObject({ message: 'fetch failed' });
  });
});
