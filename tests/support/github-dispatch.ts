import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A loopback stand-in for GitHub's "create a repository dispatch event" endpoint
 * (POST /repos/{owner}/{repo}/dispatches), checking a request the way the real API does and
 * answering with its status codes, so the Sanity webhook's request is tested without GitHub.
 */

/** API versions this stand-in knows GitHub accepts in X-GitHub-Api-Version; another gets a 400. */
const API_VERSIONS = ['2022-11-28'];

/** What GitHub's API says is wrong with a dispatch body; empty when it would accept it. */
export function dispatchBodyProblems(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return ['the body is not a JSON object'];
  const { event_type: eventType, client_payload: payload } = body as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof eventType !== 'string' || eventType.length === 0) {
    problems.push('event_type must be a non-empty string');
  } else if (eventType.length > 100) {
    problems.push('event_type is longer than 100 characters');
  }
  if (payload !== undefined) {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      problems.push('client_payload must be an object');
    } else if (Object.keys(payload).length > 10) {
      problems.push('client_payload has more than 10 top-level properties');
    }
  }
  return problems;
}

export interface ReceivedDispatch {
  eventType: string;
  clientPayload: unknown;
}

export interface GitHubStandIn {
  /** `http://127.0.0.1:<port>`: put it in place of `https://api.github.com`. */
  origin: string;
  /** The dispatches it accepted (answered 204). */
  accepted: ReceivedDispatch[];
  close(): Promise<void>;
}

type Verdict = [status: number, message: string];

function check(
  method: string,
  path: string,
  headers: Record<string, unknown>,
  raw: string,
  expected: {
    repository: string;
    token: string;
  },
): Verdict | ReceivedDispatch {
  if (method !== 'POST' || path !== `/repos/${expected.repository}/dispatches`) return [404, 'Not Found'];
  if (headers.authorization !== `Bearer ${expected.token}`) return [401, 'Bad credentials'];
  const version = headers['x-github-api-version'];
  if (version !== undefined && !API_VERSIONS.includes(String(version)))
    return [400, 'Unsupported API version'];
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return [400, 'Problems parsing JSON'];
  }
  const problems = dispatchBodyProblems(body);
  if (problems.length) return [422, problems.join('; ')];
  const { event_type, client_payload } = body as { event_type: string; client_payload?: unknown };
  return { eventType: event_type, clientPayload: client_payload };
}

/** Starts the stand-in on 127.0.0.1 for `repository` ("o/r"), accepting only `token`. */
export async function startGitHubStandIn(expected: {
  repository: string;
  token: string;
}): Promise<GitHubStandIn> {
  const accepted: ReceivedDispatch[] = [];
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const verdict = check(request.method ?? '', path, request.headers, raw, expected);
      if (Array.isArray(verdict)) {
        response.writeHead(verdict[0], { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: verdict[1] }));
        return;
      }
      accepted.push(verdict);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted,
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
