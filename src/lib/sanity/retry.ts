/** How often and how patiently a failed API request is tried again. */
export interface RetryPolicy {
  maxRetries: number;
  /** The first wait; each later one doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_DELAYS = { baseDelayMs: 250, maxDelayMs: 8_000 } as const;

// A Retry-After longer than this is not worth holding a build for; fall back to backoff.
const MAX_RETRY_AFTER_MS = 30_000;

type ErrorShape = { statusCode?: unknown; name?: unknown; response?: { headers?: Record<string, unknown> } };

/**
 * Whether a failed request may succeed if sent again: rate limiting (429), any server error
 * (5xx), a timeout or a network failure. Other 4xx answers and malformed bodies will not change.
 */
export function isRetryable(error: unknown): boolean {
  const { statusCode, name } = (error ?? {}) as ErrorShape;
  if (typeof statusCode === 'number') return statusCode === 429 || statusCode >= 500;
  // @sanity/client reports timeouts as a DOMException "TimeoutError", network failures as
  // TypeError("fetch failed") or, cut mid-body, TypeError("terminated"), each with the socket
  // error as its cause. A TypeError without a cause is a bug reading the answer, and sending
  // the same request again would only repeat it.
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  return error instanceof TypeError && (error.message === 'fetch failed' || error.cause !== undefined);
}

/** The wait before retry number `attempt` (0-based): the server's Retry-After if sane, else backoff. */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number {
  const retryAfter = Number((error as ErrorShape)?.response?.headers?.['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && retryAfter * 1000 <= MAX_RETRY_AFTER_MS) {
    return retryAfter * 1000;
  }
  return Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
}

/**
 * Runs `request`, retrying retryable failures up to `policy.maxRetries` times with exponential
 * backoff. Resolves with the first success; rejects with the last error, annotated with how many
 * attempts were made (`attempts` on the error object).
 */
export async function withRetries<T>(
  request: () => Promise<T>,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt >= policy.maxRetries || !isRetryable(error)) {
        throw Object.assign(error instanceof Error ? error : new Error(String(error)), {
          attempts: attempt + 1,
        });
      }
      await sleep(retryDelay(error, attempt, policy));
    }
  }
}
