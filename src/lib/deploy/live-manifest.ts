import { type RetryPolicy, withRetries } from '../sanity/retry.ts';
import { parseBuildManifest } from './build-manifest.ts';
import type { LiveManifest } from './drop-guard.ts';

// Per attempt: a host that accepts the connection and never answers must not hang a deploy.
const TIMEOUT_MS = 15_000;
// Three attempts: enough for a CDN hiccup, short enough that a dead host fails in a minute.
const RETRY: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 4_000 };

/**
 * Asks the live site for its build manifest, following redirects (GitHub Pages sends a project
 * site to its custom domain). Network failures, timeouts, 429 and 5xx are retried. Never throws:
 * every failure becomes a {@link LiveManifest} the guard can explain.
 */
export async function fetchLiveManifest(url: URL): Promise<LiveManifest> {
  let response: Response;
  try {
    response = await withRetries(() => request(url), RETRY);
  } catch (error) {
    return { kind: 'unreachable', reason: describeFailure(error) };
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return { kind: 'absent', status: response.status };
  }
  if (!response.ok) {
    // 401/403 (a password-protected preview, say) will not change on retry: report it as it is.
    await response.body?.cancel();
    return { kind: 'unreachable', reason: `it answered HTTP ${response.status}` };
  }
  const parsed = parseBuildManifest(await response.text());
  return parsed.ok
    ? { kind: 'found', manifest: parsed.manifest }
    : { kind: 'invalid', reason: parsed.problem };
}

async function request(url: URL): Promise<Response> {
  const response = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { accept: 'application/json' },
  });
  if (response.status === 429 || response.status >= 500) {
    await response.body?.cancel();
    // withRetries retries errors that carry a retryable statusCode.
    throw Object.assign(new Error(`it answered HTTP ${response.status}`), { statusCode: response.status });
  }
  return response;
}

type FailureShape = { name?: unknown; message?: unknown; attempts?: unknown; cause?: { code?: unknown } };

// Node's fetch hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause.code`.
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name was not found (DNS)',
  EAI_AGAIN: 'the host name could not be resolved (DNS)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
};

function describeFailure(error: unknown): string {
  const { name, message, attempts, cause } = (error ?? {}) as FailureShape;
  const tries = typeof attempts === 'number' && attempts > 1 ? ` (after ${attempts} attempts)` : '';
  if (name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s${tries}`;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if (code) return `${NETWORK_ERRORS[code] ?? code}${tries}`;
  return `${typeof message === 'string' ? message : String(error)}${tries}`;
}
