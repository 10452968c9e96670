import { createClient, type SanityClient } from '@sanity/client';
import { type RemoteSourceConfig, SANITY_API_VERSION } from '../config.ts';
import { guardAnswers, UnusableAnswerError } from './answer-guard.ts';
import { remoteAssetPolicy } from './asset-policy.ts';
import type { ContentSource, QueryParams } from './content-source.ts';
import { DEFAULT_RETRY_DELAYS, withRetries } from './retry.ts';
import { datasetProblem, projectIdProblem } from './sanity-names.ts';

/**
 * A content source over the Sanity HTTP API: the configured perspective (published, or drafts for
 * the local preview), pinned API version, no CDN (a build must see what was just published). 429,
 * every 5xx, timeouts and network errors are retried with backoff (the client alone would retry
 * only 429/502/503); a redirect, an empty or non-JSON body and an answer over `maxResponseBytes`
 * are not. What fails becomes a `[sanity]` error naming the cause and the fix; a malformed project
 * id or dataset, a `[config]` error naming the variable.
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
        throw new Error(explainFailure(error as FetchFailure, description, config), { cause: error });
      }
    },
  };
}

/**
 * The client, once the project id and dataset are checked so that the error names the variable.
 * Nothing else in a RemoteSourceConfig can fail the client's own checks (see its initConfig).
 */
function createCheckedClient(config: RemoteSourceConfig): SanityClient {
  const problems = [
    ['SANITY_PROJECT_ID', projectIdProblem(config.projectId)],
    ['SANITY_DATASET', datasetProblem(config.dataset)],
  ].flatMap(([variable, problem]) => (problem ? [`${variable}: ${problem}`] : []));
  if (problems.length) {
    throw new Error(`[config] ${problems.join('; ')}. Fix the variable (see .env.example).`);
  }
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
}

// withRetries rejects with an Error that says how many attempts it made; the client's carry statusCode.
type FetchFailure = Error & { statusCode?: number; attempts: number };

function explainFailure(error: FetchFailure, source: string, config: RemoteSourceConfig): string {
  const { statusCode: status, message, attempts } = error;
  const tried = attempts > 1 ? `, ${attempts} attempts` : '';
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
  if (status !== undefined && status >= 500) {
    return `${prefix}: the API answered HTTP ${status} (${message}${tried}). This is on Sanity's side; check https://www.sanity-status.com and run the build again. ${nothingDeployed}`;
  }
  if (error.name === 'TimeoutError' || /timed? ?out|ETIMEDOUT/i.test(message)) {
    return `${prefix}: no answer within ${config.timeoutMs} ms (${message}${tried}). Check the network, or raise SANITY_TIMEOUT_MS. ${nothingDeployed}`;
  }
  if (error instanceof SyntaxError || /JSON|parse/i.test(message)) {
    return `${prefix}: the response was not valid JSON (${message}). A proxy or SANITY_API_HOST may be answering instead of Sanity; check them and run the build again. ${nothingDeployed}`;
  }
  return `${prefix}: ${message}. Check the network and the SANITY_* settings (see .env.example), then run the build again. ${nothingDeployed}`;
}
