import { existsSync, readFileSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildHookWebhook,
  DISPATCH_EVENT_TYPE,
  githubDispatchWebhook,
  RENDERED_TYPES,
  WEBHOOK_API_VERSION,
  WEBHOOK_FILTER,
  WEBHOOK_PROJECTION,
} from '../../sanity/webhooks/deploy-webhook.ts';
import { formatWebhookInstructions } from '../../sanity/webhooks/webhook-instructions.ts';
import { SANITY_API_VERSION } from '../../src/lib/config.ts';
import { dispatchBodyProblems, type GitHubStandIn, startGitHubStandIn } from '../support/github-dispatch.ts';

type Doc = { _id: string; _type: string; [field: string]: unknown };
type Change = { before?: Doc; after?: Doc };

/** Evaluates a webhook expression the way Sanity does: per document, in delta mode. */
async function evaluateWebhook(expression: string, { before, after }: Change): Promise<unknown> {
  const tree = parse(expression, { mode: 'delta' });
  // A delete has no "after": the expression reads the document as it was.
  const root = after ?? before;
  const sanity = { projectId: 'abc123', dataset: 'production' };
  return (await evaluate(tree, { root, before, after, sanity })).get();
}

const post: Doc = { _id: 'post-1', _type: 'post', title: 'First', slug: { _type: 'slug', current: 'first' } };

describe('the webhook filter', () => {
  it.each<[string, Doc, boolean]>([
    ['a published post', post, true],
    ['a series', { _id: 'series-1', _type: 'series' }, true],
    ['an author', { _id: 'author-1', _type: 'author' }, true],
    ['a category', { _id: 'category-1', _type: 'category' }, true],
    ['the site settings', { _id: 'siteSettings', _type: 'siteSettings' }, true],
    ['a draft post', { ...post, _id: 'drafts.post-1' }, false],
    ['a post in a release', { ...post, _id: 'versions.r1234.post-1' }, false],
    ['an image asset', { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' }, false],
    ['a file asset', { _id: 'file-abc-pdf', _type: 'sanity.fileAsset' }, false],
    ['an unknown type', { _id: 'page-1', _type: 'page' }, false],
  ])('%s → %s', async (_name, doc, expected) => {
    expect(await evaluateWebhook(WEBHOOK_FILTER, { after: doc })).toBe(expected);
    expect(await evaluateWebhook(WEBHOOK_FILTER, { before: doc })).toBe(expected);
  });

  it('covers every document type of the Studio schema, so a new type cannot be forgotten', () => {
    const schema = JSON.parse(readFileSync(new URL('../../sanity/schema.json', import.meta.url), 'utf8'));
    const documentTypes = (schema as { name: string; type: string }[])
      .filter((type) => type.type === 'document' && !type.name.startsWith('sanity.'))
      .map((type) => type.name);
    expect([...RENDERED_TYPES].sort()).toEqual(documentTypes.sort());
  });
});

describe('the webhook projection', () => {
  it.each<[string, Change, Record<string, unknown>]>([
    ['create', { after: post }, { _id: 'post-1', _type: 'post', slug: 'first', operation: 'create' }],
    ['update', { before: post, after: { ...post, title: 'New' } }, { _id: 'post-1', operation: 'update' }],
    ['delete', { before: post }, { _id: 'post-1', slug: 'first', operation: 'delete' }],
    ['the settings', { after: { _id: 'siteSettings', _type: 'siteSettings' } }, { slug: null }],
  ])('on %s is a body GitHub’s dispatch API accepts', async (_name, change, payload) => {
    const body = await evaluateWebhook(WEBHOOK_PROJECTION, change);
    expect(dispatchBodyProblems(body)).toEqual([]);
    expect(body).toMatchObject({
      event_type: DISPATCH_EVENT_TYPE,
      client_payload: { dataset: 'production', ...payload },
    });
  });

  it('runs under the GROQ version the site’s queries pin', () => {
    expect(WEBHOOK_API_VERSION).toBe(`v${SANITY_API_VERSION}`);
  });
});

describe('the GitHub stand-in’s body check', () => {
  it.each<[string, unknown]>([
    ['no body object', null],
    ['no event_type', { client_payload: {} }],
    ['an empty event_type', { event_type: '' }],
    ['an event_type of 101 characters', { event_type: 'x'.repeat(101) }],
    ['a client_payload array', { event_type: 'e', client_payload: [] }],
    [
      '11 client_payload keys',
      { event_type: 'e', client_payload: Object.fromEntries([...'abcdefghijk'].map((k) => [k, 1])) },
    ],
  ])('refuses %s', (_name, body) => expect(dispatchBodyProblems(body)).not.toEqual([]));
});

describe('the request the webhook sends', () => {
  const TOKEN = 'github_pat_test_only';
  let github: GitHubStandIn;
  beforeAll(async () => {
    github = await startGitHubStandIn({ repository: 'o/r', token: TOKEN });
  });
  afterAll(() => github.close());

  async function send(token: string): Promise<number> {
    const settings = githubDispatchWebhook('o/r', token);
    const url = new URL(new URL(settings.url).pathname, github.origin);
    const body = await evaluateWebhook(WEBHOOK_PROJECTION, { after: post });
    const headers = { ...settings.headers, 'Content-Type': 'application/json' };
    const response = await fetch(url, { method: settings.httpMethod, headers, body: JSON.stringify(body) });
    return response.status;
  }

  it('starts the Deploy workflow: 204, with the event type it listens for', async () => {
    expect(await send(TOKEN)).toBe(204);
    expect(github.accepted.at(-1)).toEqual({
      eventType: 'sanity-publish',
      clientPayload: {
        _id: 'post-1',
        _type: 'post',
        slug: 'first',
        operation: 'create',
        dataset: 'production',
      },
    });
  });

  it('is refused with another token, as GitHub refuses it', async () => {
    expect(await send('expired')).toBe(401);
  });
});

describe('the settings', () => {
  it('for a build hook: the same filter and triggers, no headers', () => {
    const hook = buildHookWebhook('https://api.netlify.com/build_hooks/abc');
    const github = githubDispatchWebhook('o/r', 't');
    expect(hook).toMatchObject({ url: 'https://api.netlify.com/build_hooks/abc', headers: {} });
    expect({ ...hook, url: '', headers: {}, description: '' }).toEqual({
      ...github,
      url: '',
      headers: {},
      description: '',
    });
  });

  it.each(['o', 'o/r/x', '-o/r', 'o/..', 'o/r s'])('refuses the repository %j', (repository) => {
    expect(() => githubDispatchWebhook(repository, 't')).toThrow(
      /^\[webhook\] .* is not a GitHub repository name/,
    );
  });

  it('prints every field to paste into sanity.io/manage', () => {
    const text = formatWebhookInstructions('octocat/blog');
    for (const line of [
      'https://api.github.com/repos/octocat/blog/dispatches',
      WEBHOOK_FILTER,
      '"operation": delta::operation(),',
      'Authorization: Bearer <your fine-grained token>',
      'X-GitHub-Api-Version: 2022-11-28',
      'Accept: application/vnd.github+json',
      'create, update, delete',
      'Contents: Read and write',
      '<your build hook URL>',
    ]) {
      expect(text).toContain(line);
    }
  });
});

const WORKFLOW = new URL('../../.github/workflows/deploy.yml', import.meta.url);

describe.skipIf(!existsSync(WORKFLOW))('the Deploy workflow', () => {
  it('listens for the event type the webhook sends', () => {
    const workflow = readFileSync(WORKFLOW, 'utf8');
    // The repository_dispatch block, up to the next trigger at its indentation.
    const block = /^( *)repository_dispatch:\n((?:\1 .*\n|\s*#.*\n)*)/m.exec(workflow)?.[2] ?? '';
    expect(block).toMatch(new RegExp(`types:[\\s\\S]*\\b${DISPATCH_EVENT_TYPE}\\b`));
  });
});
