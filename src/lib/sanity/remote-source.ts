import { createClient, type SanityClient } from '@sanity/client';
import { type RemoteSourceConfig, SANITY_API_VERSION } from '../config.ts';
import { guardAnswers, UnusableAnswerError } from './answer-guard.ts';
import { remoteAssetPolicy } from './asset-policy.ts';
import type { ContentSource, QueryParams } from './content-source.ts';
import { DEFAULT_RETRY_DELAYS, withRetries } from './retry.ts';
import { datasetProblem, projectIdProblem } from './sanity-names.ts';

/**
 * A content source over the Sanity HTTP API: the configured perspective (published, or drafts
 * for the local preview), pinned API version, no CDN (a build must see what was just published). 429, every 5xx, timeouts and network errors are
 * retried with backoff (the client alone would retry only 429/502/503); whatever still fails
 * becomes an `[sanity]` error naming the cause and the fix. A redirect, an empty or non-JSON
 * body and an answer over `maxResponseBytes` each get their own message and are not retried.
 * Throws a `[config]` error naming the variable when the project id or dataset is malformed.
 */
export function createRemoteSource(config: RemoteSourceConfig): ContentSource {
  const client = createCheckedClient(config);
  const drafts = config.perspective === 'drafts' ? ' (drafts included)' : '';
  const description = `Sanity project "${config.projectId}", dataset "${config.dataset}"${drafts}${config.apiHost ? ` at ${config.apiHost}` : ''}`;
  return {
    description,
    assetPolicy: async () => remoteAssetPolicy(config),
    async fetch(query: string, params: QueryParams = {}) {
      try {
        return await withRetries(() => client.fetch(query, params), {
          maxRetries: config.maxRetries,
          ...DEFAULT_RETRY_DELAYS,
        });
      } catch (error) {
        throw new Error(explainFailure(error, description, config), { cause: error });
      }
    },
  };
}

/**
 * The client, made only from settings it will accept: the project id and dataset are checked
 * first so the error names the variable, and anything else the client refuses is reported
 * against the variables that configure it, not in the client's own words alone.
 */
function createCheckedClient(config: RemoteSourceConfig): SanityClient {
  const problems = [
    ['SANITY_PROJECT_ID', projectIdProblem(config.projectId)],
    ['SANITY_DATASET', datasetProblem(config.dataset)],
  ].flatMap(([variable, problem]) => (problem ? [`${variable}: ${problem}`] : []));
  if (problems.length) {
    throw new Error(`[config] ${problems.join('; ')}. Fix the variable (see .env.example).`);
  }
  try {
    return createClient({
      projectId: config.projectId,
      dataset: config.dataset,
      apiVersion: SANITY_API_VERSION,
      useCdn: false,
      perspective: config.perspective,
      token: config.token,
      timeout: config.timeoutMs,
      // Retries are ours (withRetries), so that a 500 or a timeout is retried too.
      maxRetries: 0,
      requestHandler: guardAnswers(config.maxResponseBytes),
      ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
    });
  } catch (error) {
    throw new Error(
      `[config] The Sanity client refused its settings (${(error as Error).message}). Check SANITY_PROJECT_ID, SANITY_DATASET and SANITY_API_HOST (see .env.example).`,
      { cause: error },
    );
  }
}

function explainFailure(error: unknown, source: string, config: RemoteSourceConfig): string {
  const status = (error as { statusCode?: unknown }).statusCode;
  const message = error instanceof Error ? error.message : String(error);
  const attempts = (error as { attempts?: unknown }).attempts;
  const tried = typeof attempts === 'number' && attempts > 1 ? `, ${attempts} attempts` : '';
  const prefix = `[sanity] Could not fetch content from ${source}`;
  const nothingDeployed = 'The build stopped before writing any page, so nothing was deployed.';
  if (error instanceof UnusableAnswerError) return `${prefix}: ${message}. ${nothingDeployed}`;
  if (status === 401 || status === 403) {
    return `${prefix}: access denied (HTTP ${status}). The dataset is private or SANITY_API_READ_TOKEN is wrong; set a token with read access. ${nothingDeployed}`;
  }
  if (status === 404) {
    return `${prefix}: not found (HTTP 404: ${message}). Check SANITY_PROJECT_ID and SANITY_DATASET. ${nothingDeployed}`;
  }
  if (status === 429) {
    return `${prefix}: rate limited (HTTP 429${tried}). Wait and run the build again, or lower how often builds run. ${nothingDeployed}`;
  }
  if (typeof status === 'number' && status >= 500) {
    return `${prefix}: the API answered HTTP ${status} (${message}${tried}). This is on Sanity's side; check https://www.sanity-status.com and run the build again. ${nothingDeployed}`;
  }
  if ((error as { name?: unknown }).name === 'TimeoutError' || /timed? ?out|ETIMEDOUT/i.test(message)) {
    return `${prefix}: no answer within ${config.timeoutMs} ms (${message}${tried}). Check the network, or raise SANITY_TIMEOUT_MS. ${nothingDeployed}`;
  }
  if (error instanceof SyntaxError || /JSON|parse/i.test(message)) {
    return `${prefix}: the response was not valid JSON (${message}). A proxy or SANITY_API_HOST may be answering instead of Sanity; check them and run the build again. ${nothingDeployed}`;
  }
  return `${prefix}: ${message}. Check the network and the SANITY_* settings (see .env.example), then run the build again. ${nothingDeployed}`;
}
