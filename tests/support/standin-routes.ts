import { readFile } from 'node:fs/promises';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { extname } from 'node:path';
import {
  ApiError,
  documentsInPerspective,
  fail,
  type QueryInput,
  readQueryInput,
  runQuery,
} from './emulator-query.ts';
import { answerHistory } from './standin-history.ts';
import { openListener } from './standin-listen.ts';
import { STANDIN_USER_ID, type StandinStore } from './standin-store.ts';

/*
 * What the stand-in answers, path by path (after the API version prefix): the user, the project,
 * queries (shared with the site's query emulator), listening, mutations, document actions,
 * document fetches, history, and image files from the CDN.
 */

/** The signed-in user every request is answered as: an administrator of the project. */
const USER = {
  id: STANDIN_USER_ID,
  name: 'Sam Practitioner',
  email: 'sam@example.test',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'sanity',
};

/** Every grant on every document, so the Studio enables editing and publishing. */
const GRANTS = [{ filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create'] }];

/** The handler answered by writing to the response itself (an event stream). */
export const LISTENING = Symbol('listening');
/** The handler's answer for something deliberately not emulated: a bare 404. */
export const NOT_EMULATED = Symbol('not emulated');

/** A non-JSON answer: an image file. */
export class RawBody {
  readonly contentType: string;
  readonly bytes: Buffer;

  constructor(contentType: string, bytes: Buffer) {
    this.contentType = contentType;
    this.bytes = bytes;
  }
}

/** What a route handler gets. */
export interface RequestContext {
  req: Http2ServerRequest;
  res: Http2ServerResponse;
  url: URL;
  match: RegExpExecArray;
  body: string;
  cors: Record<string, string>;
}

/** Answers one route: a JSON-able value, {@link RawBody}, {@link LISTENING} or {@link NOT_EMULATED}. */
export type Handler = (context: RequestContext) => Promise<unknown> | unknown;

/** The project the stand-in plays, and the files it serves as the image CDN. */
export interface RouteOptions {
  projectId: string;
  dataset: string;
  /** CDN file name (`<sha1>-<w>x<h>.<ext>`) → path on disk. */
  images: ReadonlyMap<string, string>;
}

const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** The route table: the first pattern that matches the unversioned path answers. */
export function routes(options: RouteOptions, store: StandinStore): Array<[RegExp, Handler]> {
  const { projectId, dataset } = options;
  // Data endpoints name the dataset first; any other is refused as the Content Lake would.
  const data =
    (handler: Handler): Handler =>
    (context) => {
      if (context.match[1] !== dataset)
        throw fail(404, `Dataset "${context.match[1]}" not found for project ID "${projectId}"`, 'notFound');
      return handler(context);
    };
  return [
    [/^\/users\/me$/, () => USER],
    [/^\/users\/([^/]+)$/, () => [USER]],
    [/^\/projects\/([^/]+)$/, () => ({ id: projectId, displayName: 'Quire test', members: [USER] })],
    [/^\/projects\/([^/]+)\/datasets$/, () => [{ name: dataset, aclMode: 'private' }]],
    [/^\/projects\/([^/]+)\/(?:datasets\/[^/]+\/)?acl$/, () => GRANTS],
    [/^\/acl$/, () => GRANTS],
    [/^\/data\/query\/([^/]+)$/, data((context) => query(context, options, store))],
    [/^\/data\/doc\/([^/]+)\/(.+)$/, data(({ match }) => documents(store, match[2]))],
    [/^\/data\/mutate\/([^/]+)$/, data(({ body }) => confirmed(store, mutate(store, body)))],
    [/^\/data\/actions\/([^/]+)$/, data(({ body }) => confirmed(store, act(store, body)))],
    [/^\/data\/listen\/([^/]+)$/, data((context) => listen(context, store))],
    [/^\/data\/history\/([^/]+)\/(.+)$/, data(({ match, url }) => history(store, match[2], url))],
    [/^\/images\/([^/]+)\/([^/]+)\/([^/]+)$/, ({ match }) => image(options, match)],
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
    // The Studio's web font: without it the Studio falls back to the system's sans-serif.
    [/^\/[^/]+\.woff2$/, () => NOT_EMULATED],
  ];
}

async function query({ req, url, body }: RequestContext, options: RouteOptions, store: StandinStore) {
  const input = readQueryInput(req.method ?? 'GET', url, body);
  if (input instanceof ApiError) throw input;
  const perspective = url.searchParams.get('perspective') ?? 'raw';
  const visible = documentsInPerspective(
    [...store.documents.values()],
    perspective === 'published' || perspective === 'drafts' ? perspective : 'raw',
  );
  const result = await runQuery(withPlainSearch(input), visible, options);
  return { result, ms: 1 };
}

function documents(store: StandinStore, list: string | undefined) {
  const ids = decodeURIComponent(list ?? '').split(',');
  const found = ids.flatMap((id) => store.documents.get(id) ?? []);
  const omitted = ids.filter((id) => !store.documents.has(id)).map((id) => ({ id, reason: 'existence' }));
  return { documents: found, omitted };
}

/** `answer`, once the store would confirm it (see StandinStore.latencyMs). */
async function confirmed<T>(store: StandinStore, answer: T): Promise<T> {
  await store.confirmation();
  return answer;
}

function mutate(store: StandinStore, body: string) {
  const { mutations, transactionId } = JSON.parse(body);
  const transaction = store.mutate(mutations, transactionId);
  const results = transaction.changes.map((change) => ({ id: change.id, operation: 'update' }));
  return { transactionId: transaction.id, results };
}

function act(store: StandinStore, body: string) {
  const { actions, transactionId } = JSON.parse(body);
  return { transactionId: store.act(Array.isArray(actions) ? actions : [actions], transactionId).id };
}

function listen({ res, url, cors }: RequestContext, store: StandinStore) {
  const input = readQueryInput('GET', url, '');
  if (input instanceof ApiError) throw input;
  openListener(res, store, input.query, input.params, cors);
  return LISTENING;
}

function history(store: StandinStore, rest: string | undefined, url: URL) {
  const answer = answerHistory(store, rest ?? '', url);
  return 'ndjson' in answer ? new RawBody('application/x-ndjson', Buffer.from(answer.ndjson)) : answer;
}

async function image({ projectId, dataset, images }: RouteOptions, match: RegExpExecArray) {
  const [, project, name, file = ''] = match;
  const path = project === projectId && name === dataset ? images.get(file) : undefined;
  if (!path) throw fail(404, `No image "${file}" in the stand-in's fixture`, 'notFound');
  // Every size and crop gets the original: the Studio only displays these.
  return new RawBody(IMAGE_TYPES[extname(path)] ?? 'application/octet-stream', await readFile(path));
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
