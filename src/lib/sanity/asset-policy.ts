import type { RemoteSourceConfig } from '../config.ts';

/**
 * Where a build may read image bytes from. An asset document's `url` is data, and data can be
 * hostile: `file:///home/me/.ssh/id_rsa` would be read and published, `http://10.0.0.1/…`
 * requested from the build machine. Every image URL is checked against the policy of the
 * source it came from, first by the content check (which names the document) and again just
 * before the bytes are read.
 */
export interface AssetPolicy {
  /** The allowed places, as an error message names them. */
  readonly allowed: string;
  /** What to do about an image from anywhere else. */
  readonly fix: string;
  /** Whether the bytes at `url` may be read. */
  allows(url: string): boolean;
}

/** Sanity's image CDN: every project's images live under `/images/<projectId>/<dataset>/`. */
export const SANITY_CDN = 'https://cdn.sanity.io/';

/**
 * The policy of the Sanity API: images only from the project's own folder on Sanity's CDN, or
 * the same folder on `apiHost` when one is set (a stand-in such as the tests' emulator).
 */
export function remoteAssetPolicy(
  config: Pick<RemoteSourceConfig, 'projectId' | 'dataset' | 'apiHost'>,
): AssetPolicy {
  const folder = `images/${encodeURIComponent(config.projectId)}/${encodeURIComponent(config.dataset)}/`;
  const hosts = [SANITY_CDN, ...(config.apiHost ? [config.apiHost] : [])];
  // Without the slash, URL resolution would replace the host's last path segment.
  const bases = hosts.map((host) => new URL(folder, host.endsWith('/') ? host : `${host}/`));
  return {
    allowed: bases.map((base) => base.href).join(' or '),
    fix: 'Upload the image again in the Studio, so that Sanity serves it; if SANITY_API_HOST is set, check that it points at the Sanity API.',
    allows: (url) => bases.some((base) => isFileIn(url, base)),
  };
}

/**
 * The policy of a dataset export: only the files the export holds, by the URLs of the asset
 * documents made from them. A `url` written in `data.ndjson` is never trusted, even when it
 * names a file in the export.
 */
export function exportAssetPolicy(folder: string, urls: Iterable<string>): AssetPolicy {
  const trusted = new Set(urls);
  return {
    allowed: `a file in the images/ folder of the export "${folder}"`,
    fix: 'Point the figure at a file in the export (a `_sanityAsset` of `image@file://./images/<file>`), or re-export the dataset with `sanity dataset export`.',
    allows: (url) => trusted.has(url),
  };
}

// One file directly in `base`'s folder, on `base`'s origin, with no credentials in the URL.
// Parsing first resolves `..` and `%2e%2e`, so a path cannot climb out of the folder.
function isFileIn(url: string, base: URL): boolean {
  const parsed = URL.parse(url);
  if (!parsed || parsed.origin !== base.origin || parsed.username || parsed.password) return false;
  if (!parsed.pathname.startsWith(base.pathname)) return false;
  const file = parsed.pathname.slice(base.pathname.length);
  return file.length > 0 && !file.includes('/');
}
