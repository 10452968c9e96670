import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RemoteSourceConfig } from '../../src/lib/config.ts';
import { emulatorSource } from '../support/emulator-client.ts';
import { type EmulatorFault, type SanityEmulator, startSanityEmulator } from '../support/sanity-emulator.ts';

/*
 * The remote content source against the loopback emulator: each kind of unusable answer must
 * fail with its own `[sanity]` message, once, rather than as a retried "network error".
 */

const DOCUMENTS = [
  { _id: 'post-1', _type: 'post', title: 'First' },
  { _id: 'post-2', _type: 'post', title: 'Second' },
];
// Small, so the tests need no large bodies; the default (100 MB) is tested in config.test.ts.
const MAX_BYTES = 2_000;
// A well-formed query answer, bigger than MAX_BYTES.
const BIG_ANSWER = JSON.stringify({ result: 'x'.repeat(MAX_BYTES * 2), ms: 1 });

let emulator: SanityEmulator;
beforeEach(async () => {
  emulator = await startSanityEmulator({ documents: DOCUMENTS });
});
afterEach(() => emulator.close());

function source(overrides: Partial<RemoteSourceConfig> = {}) {
  return emulatorSource(emulator, {
    projectId: 'emulator',
    // Retries allowed, so a test sees it when an answer that cannot change is sent twice.
    maxRetries: 2,
    maxResponseBytes: MAX_BYTES,
    ...overrides,
  });
}

describe('remote source: answers it will not read', () => {
  it.each<[string, EmulatorFault, RegExp]>([
    [
      'a 301 to another host',
      { status: 301, body: '', headers: { location: 'https://elsewhere.example/v1/data/query/production' } },
      /answered HTTP 301, a redirect to "https:\/\/elsewhere\.example\/v1\/data\/query\/production", instead of content\. .*SANITY_API_HOST/,
    ],
    ['a 302 with no location', { status: 302, body: '' }, /answered HTTP 302, a redirect to nowhere/],
    [
      'an empty 200',
      { body: '' },
      /answered HTTP 200 with an empty body instead of a query result\. .*SANITY_API_HOST/,
    ],
    [
      'a 200 login page',
      { body: '<html>Sign in to the Wi-Fi</html>', headers: { 'content-type': 'text/html' } },
      /a body that is not JSON \(text\/html, beginning "<html>Sign in to the Wi-Fi<\/html>"\)/,
    ],
    [
      'truncated JSON',
      { body: '{"result": [' },
      /a body that is not JSON \(application\/json, beginning "\{\\"result\\": \["\)/,
    ],
    ['JSON with no result', { body: '{"ms": 3}' }, /JSON that has no "result" \(\{"ms":3\}\)/],
    [
      'an answer over the cap, declared',
      { body: BIG_ANSWER },
      /larger than the 2000 bytes cap \(it declares 4\d{3} bytes\), so it was refused .*raise SANITY_MAX_RESPONSE_MB/,
    ],
    [
      'an answer over the cap, streamed without a length',
      { body: BIG_ANSWER, chunked: true },
      /larger than the 2000 bytes cap \(it kept coming past that\), so it was refused/,
    ],
  ])('fails on %s with its own message, without retrying', async (_, fault, message) => {
    emulator.setFault(fault);
    const error = await source()
      .fetch('*[_type == "post"].title')
      .then(
        () => undefined,
        (reason: unknown) => reason as Error,
      );
    expect(error?.message).toMatch(/^\[sanity\] Could not fetch content from Sanity project "emulator"/);
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/nothing was deployed\.$/);
    expect(emulator.requests).toHaveLength(1);
  });

  it('reads an answer within the cap, whether its length is declared or not', async () => {
    expect(await source().fetch('*[_type == "post"] | order(_id asc).title')).toEqual(['First', 'Second']);
    emulator.setFault({ body: JSON.stringify({ result: ['Chunked'], ms: 1 }), chunked: true });
    expect(await source().fetch('*')).toEqual(['Chunked']);
  });

  it('still retries a server error, and succeeds when it passes', async () => {
    emulator.setFault({ status: 503, times: 1 });
    expect(await source().fetch('count(*)')).toBe(2);
    expect(emulator.requests).toHaveLength(2);
  });
});

describe('remote source: settings the client would refuse', () => {
  it.each([
    [
      'SANITY_PROJECT_ID',
      { projectId: 'My Project' },
      /SANITY_PROJECT_ID: "My Project" is not a Sanity project id/,
    ],
    [
      'SANITY_DATASET',
      { dataset: 'Production Copy' },
      /SANITY_DATASET: "Production Copy" is not a Sanity dataset name/,
    ],
  ])('names %s', (_, overrides, message) => {
    expect(() => source(overrides)).toThrow(/^\[config\] /);
    expect(() => source(overrides)).toThrow(message);
    expect(emulator.requests).toEqual([]);
  });
});

describe('remote source: the API failures a build reports, in-process', () => {
  it.each<{
    cause: string;
    fault: EmulatorFault;
    config: Partial<RemoteSourceConfig>;
    message: RegExp;
    requests: number;
  }>([
    {
      cause: 'a 500 that persists',
      fault: { status: 500 },
      config: { maxRetries: 2 },
      message: /answered HTTP 500 \(.*3 attempts\)/,
      requests: 3,
    },
    {
      cause: 'a 429 that never ends',
      fault: { status: 429 },
      config: { maxRetries: 1 },
      message: /rate limited \(HTTP 429, 2 attempts\)/,
      requests: 2,
    },
    {
      cause: 'a timeout',
      fault: { delayMs: 5_000 },
      config: { timeoutMs: 200, maxRetries: 1 },
      message: /no answer within 200 ms \(.*2 attempts\)/,
      requests: 2,
    },
  ])(
    'fails on $cause after retrying, naming the cause and that nothing was deployed',
    async ({ fault, config, message, requests }) => {
      emulator.setFault(fault);
      const error = await source(config)
        .fetch('count(*)')
        .then(
          () => undefined,
          (failure: Error) => failure,
        );
      expect(error?.message).toMatch(message);
      expect(error?.message).toMatch(/^\[sanity\].*nothing was deployed\.$/);
      expect(emulator.requests).toHaveLength(requests);
    },
  );

  it.each<{ cause: string; fault: EmulatorFault; config: Partial<RemoteSourceConfig> }>([
    { cause: 'two 500s', fault: { status: 500, times: 2 }, config: { maxRetries: 2 } },
    { cause: 'a 504', fault: { status: 504, times: 1 }, config: {} },
    { cause: 'a timeout', fault: { delayMs: 5_000, times: 1 }, config: { timeoutMs: 200 } },
  ])('rides out $cause', async ({ fault, config }) => {
    emulator.setFault(fault);
    expect(await source(config).fetch('count(*)')).toBe(2);
  });
});
