import { evaluate, GroqSyntaxError, parse } from 'groq-js';

/*
 * The query half of the Sanity emulator: reading a request's GROQ and params, evaluating them
 * with groq-js, and failing the way the real API does (status plus `{error: {description, type}}`).
 */

export type ErrorBody = {
  error: { description: string; type: string; query?: string; start?: number; end?: number };
};
export type QueryInput = { query: string; params: Record<string, unknown> };

/** A failure answered with Sanity's `{error: {description, type}}` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.error.description);
    this.status = status;
    this.body = body;
  }
}

/** An `ApiError` with a Sanity-shaped body. */
export const fail = (status: number, description: string, type: string): ApiError =>
  new ApiError(status, { error: { description, type } });

/** Whether a document is visible in the published perspective (no draft or release version). */
export function isPublished(id: unknown): boolean {
  return typeof id === 'string' && !id.startsWith('drafts.') && !id.startsWith('versions.');
}

/**
 * The documents a perspective shows. `published` hides drafts and release versions; `drafts`
 * shows each draft in place of its published document, under the published `_id` (the original
 * id in `_originalId`), as the Content Lake does; `raw` shows everything.
 */
export function documentsInPerspective(
  documents: Array<Record<string, unknown>>,
  perspective: 'published' | 'drafts' | 'raw',
): Array<Record<string, unknown>> {
  if (perspective === 'raw') return documents;
  const published = documents.filter((doc) => isPublished(doc._id));
  if (perspective === 'published') return published;
  const byId = new Map(published.map((doc) => [doc._id, doc]));
  for (const doc of documents) {
    if (typeof doc._id !== 'string' || !doc._id.startsWith('drafts.')) continue;
    const id = doc._id.slice('drafts.'.length);
    byId.set(id, { ...doc, _id: id, _originalId: doc._id });
  }
  return [...byId.values()];
}

/** The GROQ text and params: from the URL for GET (`$name=<json>`), the JSON body for POST. */
export function readQueryInput(method: string, url: URL, body: string): QueryInput | ApiError {
  if (method === 'POST') {
    try {
      const { query, params = {} } = JSON.parse(body) as Partial<QueryInput>;
      if (typeof query === 'string' && typeof params === 'object' && params !== null) {
        return { query, params };
      }
    } catch {
      // Unparseable JSON gets the same answer as JSON without a query.
    }
    return fail(400, 'Expected a JSON body of the form {"query", "params"}', 'httpBadRequest');
  }
  const params: Record<string, unknown> = {};
  for (const [key, raw] of url.searchParams) {
    if (!key.startsWith('$')) continue;
    try {
      params[key.slice(1)] = JSON.parse(raw);
    } catch {
      return fail(400, `Unable to parse value of "${key}=${raw}"`, 'httpBadRequest');
    }
  }
  const query = url.searchParams.get('query');
  return query === null ? fail(400, 'Missing query parameter', 'httpBadRequest') : { query, params };
}

/** Evaluates a query over `dataset`; rejects with an `ApiError` where the real API would refuse it. */
export async function runQuery(
  { query, params }: QueryInput,
  dataset: Array<Record<string, unknown>>,
  sanity: { projectId: string; dataset: string },
): Promise<unknown> {
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(query, { params });
  } catch (error) {
    // Sanity reports every compile-time problem (syntax, unknown function) as a queryParseError;
    // @sanity/client draws a code frame only when `query`, `start` and `end` are all present.
    const at =
      error instanceof GroqSyntaxError
        ? { query, start: error.position, end: Math.min(error.position + 1, query.length) }
        : {};
    const description = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, { error: { description, type: 'queryParseError', ...at } });
  }
  // groq-js inlines the params it is given, so a Parameter node left over was never supplied:
  // the real API refuses such a query, where groq-js would quietly evaluate it to null.
  const missing = findUnboundParam(tree);
  if (missing) {
    const description = `param $${missing} referenced, but not provided`;
    throw new ApiError(400, { error: { description, type: 'queryParseError' } });
  }
  // Looked up by id, as the Content Lake does; groq-js alone would scan the dataset per `->`.
  const byId = new Map(dataset.map((doc) => [doc._id, doc]));
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
  return (await evaluate(tree, { dataset, params, sanity, dereference })).get();
}

function findUnboundParam(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) return node.map(findUnboundParam).find(Boolean);
  const record = node as Record<string, unknown>;
  if (record.type === 'Parameter' && typeof record.name === 'string') return record.name;
  // Literal values hold data, not syntax; a function declaration binds its own parameter.
  if (record.type === 'Value' || record.type === 'FuncDeclaration') return undefined;
  return Object.values(record).map(findUnboundParam).find(Boolean);
}
