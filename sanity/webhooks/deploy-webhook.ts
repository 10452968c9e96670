/*
 * The Sanity webhook that rebuilds the site when an editor publishes, stated once: the
 * settings `npm run webhook` prints for sanity.io/manage, and that the tests evaluate with
 * groq-js and send to a loopback stand-in for GitHub. It imports only dependency-free settings, so the printing
 * script and the tests load it without the Studio's dependencies.
 */
import { SANITY_API_VERSION } from '../../src/lib/shared-settings.ts';

/** The `repository_dispatch` type the Deploy workflow listens for (`on.repository_dispatch.types`). */
export const DISPATCH_EVENT_TYPE = 'sanity-publish';

/** The published document types the site renders: a change to any of them changes pages. */
export const RENDERED_TYPES = ['post', 'series', 'author', 'category', 'siteSettings'] as const;

/**
 * Which document changes fire the webhook. The webhook's own settings already leave out drafts
 * and release versions; the filter leaves them out too, so a ticked checkbox cannot make every
 * keystroke in the Studio start a deploy.
 */
export const WEBHOOK_FILTER = `_type in ${JSON.stringify(RENDERED_TYPES)} && !(_id in path("drafts.**")) && !(_id in path("versions.**"))`;

/**
 * The request body: what GitHub's dispatch API takes (`event_type`, and a `client_payload` of
 * at most 10 keys, which shows in the workflow run's event for whoever reads the log).
 */
export const WEBHOOK_PROJECTION = `{
  "event_type": "${DISPATCH_EVENT_TYPE}",
  "client_payload": {
    "_id": _id,
    "_type": _type,
    "slug": slug.current,
    "operation": delta::operation(),
    "dataset": sanity::dataset()
  }
}`;

/**
 * The GROQ version the filter and projection run under: the site's pinned version
 * (SANITY_API_VERSION in src/lib/config.ts, which a test keeps equal), in the webhook form's spelling.
 */
export const WEBHOOK_API_VERSION = `v${SANITY_API_VERSION}`;

/** One webhook's settings, named as sanity.io/manage → API → Webhooks names its fields. */
export interface WebhookSettings {
  name: string;
  description: string;
  url: string;
  triggerOn: readonly ('create' | 'update' | 'delete')[];
  filter: string;
  projection: string;
  httpMethod: 'POST';
  headers: Readonly<Record<string, string>>;
  apiVersion: string;
  /** "Trigger webhook when drafts are modified" */
  includeDrafts: false;
  /** "Trigger webhook when versions are modified" */
  includeAllVersions: false;
}

const COMMON = {
  // Delete too: unpublishing a post must take it off the site.
  triggerOn: ['create', 'update', 'delete'],
  filter: WEBHOOK_FILTER,
  projection: WEBHOOK_PROJECTION,
  httpMethod: 'POST',
  apiVersion: WEBHOOK_API_VERSION,
  includeDrafts: false,
  includeAllVersions: false,
} as const;

// GitHub's rules for account and repository names, so a typo fails here rather than as a 404 later.
const REPOSITORY = /^(?<owner>[A-Za-z0-9][A-Za-z0-9-]{0,38})\/(?<repo>[A-Za-z0-9._-]{1,100})$/;

/**
 * The webhook for a site deployed by the repository's Deploy workflow: a `repository_dispatch`
 * to `repository` ("owner/name"), authorised by `token` (a fine-grained token for that
 * repository alone). Throws a `[webhook]` error when `repository` is not a GitHub name.
 */
export function githubDispatchWebhook(repository: string, token: string): WebhookSettings {
  const match = REPOSITORY.exec(repository);
  if (!match || /^\.\.?$/.test(match.groups?.repo ?? '')) {
    throw new Error(
      `[webhook] "${repository}" is not a GitHub repository name. Pass it as owner/name, e.g. npm run webhook -- octocat/blog.`,
    );
  }
  return {
    ...COMMON,
    name: 'Rebuild the site on publish',
    description: `Starts the Deploy workflow of ${repository} when a published post, series, author, category or the site settings change.`,
    url: `https://api.github.com/repos/${repository}/dispatches`,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${token}`,
      'X-GitHub-Api-Version': '2022-11-28',
    },
  };
}

/**
 * The same webhook for a host that builds the site itself (Netlify, Cloudflare Pages): a POST
 * to its build hook URL, which needs no headers and ignores the body.
 */
export function buildHookWebhook(hookUrl: string): WebhookSettings {
  return {
    ...COMMON,
    name: 'Rebuild the site on publish',
    description: "Starts a build on the site's host when published content changes.",
    url: hookUrl,
    headers: {},
  };
}
