import { describe, expect, it } from 'vitest';
import { isRetryable, type RetryPolicy, retryDelay, withRetries } from '../../src/lib/sanity/retry.ts';

const httpError = (statusCode: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers } });
const timeout = Object.assign(new Error('The operation was aborted due to timeout'), {
  name: 'TimeoutError',
});
const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 350 };

describe('isRetryable', () => {
  it.each([
    ['429 rate limited', httpError(429), true],
    ['500', httpError(500), true],
    ['502', httpError(502), true],
    ['504', httpError(504), true],
    ['a timeout', timeout, true],
    ['a network failure', new TypeError('fetch failed'), true],
    ['a body cut off mid-way', new TypeError('terminated', { cause: new Error('other side closed') }), true],
    [
      'a bug reading the answer',
      new TypeError("Cannot read properties of undefined (reading 'result')"),
      false,
    ],
    ['401', httpError(401), false],
    ['404', httpError(404), false],
    ['400 query error', httpError(400), false],
    ['a parse error', new SyntaxError('Unexpected token'), false],
  ])('%s → %s', (_, error, expected) => expect(isRetryable(error)).toBe(expected));
});

describe('retryDelay', () => {
  it.each([
    [0, 100],
    [1, 200],
    [2, 350],
    [5, 350],
  ])('backs off exponentially: retry %i waits %i ms', (attempt, ms) => {
    expect(retryDelay(httpError(500), attempt, policy)).toBe(ms);
  });

  it.each([
    ['2', 2000],
    ['0', 0],
    ['600', 100],
    ['soon', 100],
  ])('honours a sane Retry-After of %j (→ %i ms)', (header, ms) => {
    expect(retryDelay(httpError(429, { 'retry-after': header }), 0, policy)).toBe(ms);
  });
});

describe('withRetries', () => {
  function flaky(failures: unknown[]) {
    const calls = { count: 0 };
    const request = async () => {
      const failure = failures[calls.count++];
      if (failure) throw failure;
      return 'ok';
    };
    return { calls, request };
  }
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };

  it('recovers from transient failures', async () => {
    waits.length = 0;
    const { calls, request } = flaky([httpError(500), timeout]);
    await expect(withRetries(request, policy, sleep)).resolves.toBe('ok');
    expect(calls.count).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after maxRetries, saying how many attempts were made', async () => {
    const { calls, request } = flaky(Array(10).fill(httpError(503)));
    await expect(withRetries(request, policy, sleep)).rejects.toMatchObject({ statusCode: 503, attempts: 4 });
    expect(calls.count).toBe(4);
  });

  it('does not retry what cannot change', async () => {
    const { calls, request } = flaky([httpError(403)]);
    await expect(withRetries(request, policy, sleep)).rejects.toMatchObject({ statusCode: 403, attempts: 1 });
    expect(calls.count).toBe(1);
  });
});
