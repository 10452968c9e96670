import { buildHookWebhook, githubDispatchWebhook, type WebhookSettings } from './deploy-webhook.ts';

/*
 * The webhook settings as text to copy into sanity.io/manage, field by field, in the order the
 * "Create webhook" form asks for them. Printed by `npm run webhook`.
 */

/** Shown where the operator's own values go. */
export const TOKEN_PLACEHOLDER = '<your fine-grained token>';
export const BUILD_HOOK_PLACEHOLDER = '<your build hook URL>';

const LABEL_WIDTH = 14;

function field(label: string, value: string): string[] {
  const [first = '', ...rest] = value.split('\n');
  const indent = ' '.repeat(LABEL_WIDTH + 2);
  return [`  ${label.padEnd(LABEL_WIDTH)}${first}`, ...rest.map((line) => `${indent}${line}`)];
}

function settingsLines(settings: WebhookSettings): string[] {
  const headers = Object.entries(settings.headers).map(([name, value]) => `${name}: ${value}`);
  return [
    ...field('Name', settings.name),
    ...field('Description', settings.description),
    ...field('URL', settings.url),
    ...field('Dataset', 'the dataset the site builds from (SANITY_DATASET, default production)'),
    ...field('Trigger on', settings.triggerOn.join(', ')),
    ...field('Filter', settings.filter),
    ...field('Projection', settings.projection),
    ...field('Status', 'enabled'),
    ...field('HTTP method', settings.httpMethod),
    ...field('HTTP headers', headers.length ? headers.join('\n') : 'none'),
    ...field('API version', settings.apiVersion),
    ...field(
      'Drafts',
      `${settings.includeDrafts ? 'on' : 'off'} ("Trigger webhook when drafts are modified")`,
    ),
    ...field(
      'Versions',
      `${settings.includeAllVersions ? 'on' : 'off'} ("Trigger webhook when versions are modified")`,
    ),
    ...field('Secret', 'leave empty'),
  ];
}

/** Stands for the repository when the operator has not named it. */
export const REPOSITORY_PLACEHOLDER = 'OWNER/REPO';

/**
 * The instructions for `repository` ("owner/name"; a placeholder when not given): the GitHub
 * `repository_dispatch` webhook, the token it needs, then the build-hook alternative.
 */
export function formatWebhookInstructions(repository = REPOSITORY_PLACEHOLDER): string {
  const github = githubDispatchWebhook(repository, TOKEN_PLACEHOLDER);
  return [
    'Rebuild on publish: a Sanity webhook that starts the Deploy workflow (GitHub Pages)',
    'Create it at https://www.sanity.io/manage → your project → API → Webhooks → Create webhook:',
    '',
    ...settingsLines(github),
    '',
    'The token: GitHub → Settings → Developer settings → Personal access tokens → Fine-grained',
    `tokens → Generate new token. Repository access: only ${repository}. Repository permissions:`,
    'Contents: Read and write (what repository_dispatch requires; nothing else). Paste it after',
    '"Bearer " above, and set a reminder for its expiry date: an expired token stops rebuilds.',
    ...(repository === REPOSITORY_PLACEHOLDER
      ? ['', `Replace ${REPOSITORY_PLACEHOLDER}, or run: npm run webhook -- <owner>/<repo>`]
      : []),
    '',
    'Deploying to Netlify or Cloudflare Pages instead? Create a build hook there (Netlify: Site',
    'configuration → Build & deploy → Build hooks; Cloudflare Pages: Settings → Builds → Deploy',
    'hooks) and make the webhook POST to it. No headers; the host ignores the body:',
    '',
    ...settingsLines(buildHookWebhook(BUILD_HOOK_PLACEHOLDER)),
    '',
  ].join('\n');
}
