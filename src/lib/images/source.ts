import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// An original on Sanity's CDN can be tens of megabytes; a slow link still finishes in this.
const FETCH_TIMEOUT_MS = 60_000;

/**
 * The bytes of a source image: `file:` URLs (a dataset export) are read from disk, `https:`
 * (Sanity's CDN) and `http:` (a local emulator) are fetched. Rejects with an `[images]` error
 * naming the URL and the fix.
 */
export async function readSource(url: string): Promise<Buffer> {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol === 'file:') return readLocal(url);
  if (protocol === 'https:' || protocol === 'http:') return fetchRemote(url);
  throw new Error(
    `[images] Cannot read the image "${url}": only file:, https: and http: URLs are supported. Check the asset's url in the dataset.`,
  );
}

async function readLocal(url: string): Promise<Buffer> {
  try {
    return await readFile(fileURLToPath(url));
  } catch (error) {
    throw new Error(
      `[images] Cannot read the image ${url}: ${reason(error)}. Check that the dataset export still holds this file.`,
      { cause: error },
    );
  }
}

async function fetchRemote(url: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw new Error(
      `[images] Cannot download the image ${url}: ${reason(error)}. Check the network connection and retry the build.`,
      { cause: error },
    );
  }
  if (!response.ok) {
    throw new Error(
      `[images] Cannot download the image ${url}: HTTP ${response.status} ${response.statusText}. Check that the asset still exists in the dataset, then retry the build.`,
    );
  }
  return Buffer.from(await response.arrayBuffer());
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
