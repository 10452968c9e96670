import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentPlan } from '../build/build-state.ts';
import { type Derivative, imageError, messageOf } from './derivative.ts';

// An original on Sanity's CDN can be tens of megabytes; a slow link still finishes in this.
const FETCH_TIMEOUT_MS = 60_000;

/**
 * The bytes of a source image: `file:` URLs (a dataset export) are read from disk, `https:`
 * (Sanity's CDN) and `http:` (a local emulator) are fetched, redirects not followed. Anything
 * the content plan's asset policy does not allow is refused unread, a second line behind the content
 * check. Rejects with an `[images]` error naming the asset, its document and the fix.
 */
export async function readSource(image: Derivative): Promise<Buffer> {
  const url = image.sourceUrl;
  const policy = contentPlan().assetPolicy;
  if (!policy.allows(url)) {
    const reason = `its URL ${JSON.stringify(url)} is not ${policy.allowed}, so it was neither read nor requested`;
    throw imageError(image, 'read', reason, policy.fix);
  }
  return new URL(url).protocol === 'file:' ? readLocal(image) : fetchRemote(image);
}

async function readLocal(image: Derivative): Promise<Buffer> {
  try {
    return await readFile(fileURLToPath(image.sourceUrl));
  } catch (error) {
    const fix = 'Check that the dataset export still holds this file, or re-export the dataset.';
    throw imageError(image, `read from ${image.sourceUrl}`, messageOf(error), fix, error);
  }
}

async function fetchRemote(image: Derivative): Promise<Buffer> {
  const action = `downloaded from ${image.sourceUrl}`;
  const retry = 'Check the network connection and run the build again.';
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  // Not followed: a redirect could lead anywhere, past the asset policy.
  const response = await fetch(image.sourceUrl, { signal, redirect: 'manual' }).catch((error: unknown) => {
    throw imageError(image, action, messageOf(error), retry, error);
  });
  const moved = response.headers.get('location');
  if (moved) {
    const reason = `HTTP ${response.status}, a redirect to ${JSON.stringify(moved)} (not followed)`;
    const fix =
      "Sanity's CDN does not redirect: check SANITY_API_HOST and any proxy between the build and the CDN.";
    throw imageError(image, action, reason, fix);
  }
  if (!response.ok) {
    const fix =
      'Check in the Studio that the image still exists (upload it again if not), then run the build again.';
    throw imageError(image, action, `HTTP ${response.status} ${response.statusText}`, fix);
  }
  const bytes = await response.arrayBuffer().catch((error: unknown) => {
    // The connection closed before Content-Length bytes arrived, or the download timed out.
    throw imageError(image, action, `the download broke off (${messageOf(error)})`, retry, error);
  });
  return Buffer.from(bytes);
}
