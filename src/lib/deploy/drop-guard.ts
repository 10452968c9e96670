import { BUILD_MANIFEST_FILE, type BuildManifest } from './build-manifest.ts';

/*
 * The content-drop guard's decision: given the new build's manifest and what the live site
 * answered, deploy or not, and the one line that says why. No I/O here; scripts/deploy-guard.ts
 * reads the files, asks the live site and exits with the verdict.
 */

/** What asking the live site for its build manifest gave. */
export type LiveManifest =
  | { kind: 'found'; manifest: BuildManifest }
  /** 404 or 410: the site has no manifest yet, so this is its first deploy (by Quire). */
  | { kind: 'absent'; status: number }
  /** No usable answer: network failure, timeout, a 5xx after retries, or another status. */
  | { kind: 'unreachable'; reason: string }
  /** A 200 whose body is not a manifest: SITE_URL may point at another site. */
  | { kind: 'invalid'; reason: string };

export interface GuardInput {
  /** The live manifest's URL, named in every message. */
  url: string;
  next: BuildManifest;
  live: LiveManifest;
  /** The share (0–1) of the live site's posts that may disappear. */
  maxContentDrop: number;
  /** The operator allowed this deploy whatever the guard finds. */
  allowContentDrop: boolean;
}

export type GuardOutcome = 'allowed' | 'refused' | 'overridden' | 'first-deploy' | 'unreachable' | 'invalid';

export interface GuardVerdict {
  outcome: GuardOutcome;
  deploy: boolean;
  /** One line, prefixed `[deploy]`. */
  message: string;
}

/** How many removed post ids a message lists before it says "and N more". */
export const LISTED_IDS = 10;

const HOW_TO_OVERRIDE =
  're-run the Deploy workflow by hand with allow_content_drop checked, or set QUIRE_ALLOW_CONTENT_DROP=true.';
const OVERRIDDEN = 'Deploying anyway, because QUIRE_ALLOW_CONTENT_DROP is set.';

/**
 * The live manifest's URL: `build-manifest.json` under SITE_URL's path, so a site served from
 * `https://user.github.io/repo` is checked at `/repo/build-manifest.json`, not at the host's root.
 */
export function liveManifestUrl(siteUrl: string): URL {
  const base = new URL(siteUrl);
  // Without the slash, URL resolution would replace the path's last segment ("repo").
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  // Resolving a relative URL drops the base's query and fragment.
  return new URL(BUILD_MANIFEST_FILE, base);
}

/** The live site's post ids that the new build no longer has, and their share of the live posts. */
export function findRemovedPosts(live: BuildManifest, next: BuildManifest) {
  const kept = new Set(next.postIds);
  const removed = live.postIds.filter((id) => !kept.has(id));
  // A live site with no posts cannot lose any.
  return { removed, share: live.postIds.length === 0 ? 0 : removed.length / live.postIds.length };
}

/** Decides whether the new build may replace the live site; see {@link GuardOutcome} for the cases. */
export function decideDeploy(input: GuardInput): GuardVerdict {
  const { live, url, next } = input;
  switch (live.kind) {
    case 'found':
      return compareWithLive(input, live.manifest);
    case 'absent':
      return {
        outcome: 'first-deploy',
        deploy: true,
        message: `[deploy] No live manifest was found at ${url} (HTTP ${live.status}); treating this as the first deploy (${count(next.postIds.length)}).`,
      };
    case 'unreachable':
      return unchecked(input, 'unreachable', `could not reach the live site at ${url}: ${live.reason}.`);
    case 'invalid':
      return unchecked(
        input,
        'invalid',
        `${url} answered, but ${live.reason}. SITE_URL may point at another site, or the live site was not built by Quire; check SITE_URL.`,
      );
  }
}

function compareWithLive(input: GuardInput, live: BuildManifest): GuardVerdict {
  const { next, maxContentDrop, allowContentDrop } = input;
  const { removed, share } = findRemovedPosts(live, next);
  const change = `${live.postCount} → ${count(next.postCount)}, ${removed.length} removed (${percent(share)} of the live site's; at most ${percent(maxContentDrop)} may go)`;
  if (share <= maxContentDrop) {
    return { outcome: 'allowed', deploy: true, message: `[deploy] Content check passed: ${change}.` };
  }
  const detail = `${change}: ${listIds(removed)}.${describeSources(live, next)}`;
  return allowContentDrop
    ? { outcome: 'overridden', deploy: true, message: `[deploy] Warning: ${detail} ${OVERRIDDEN}` }
    : {
        outcome: 'refused',
        deploy: false,
        message: `[deploy] Refused: ${detail} If the removal is intended, ${HOW_TO_OVERRIDE}`,
      };
}

function unchecked(input: GuardInput, outcome: 'unreachable' | 'invalid', what: string): GuardVerdict {
  return input.allowContentDrop
    ? { outcome, deploy: true, message: `[deploy] Warning: ${what} ${OVERRIDDEN}` }
    : {
        outcome,
        deploy: false,
        message: `[deploy] Refused: ${what} Nothing is deployed over a site this build could not be compared with. To deploy without the check, ${HOW_TO_OVERRIDE}`,
      };
}

function listIds(ids: string[]): string {
  const shown = ids.slice(0, LISTED_IDS).join(', ');
  return ids.length > LISTED_IDS ? `${shown} and ${ids.length - LISTED_IDS} more` : shown;
}

// A switched project or dataset is the usual cause of a mass removal: say so when it happened.
function describeSources(live: BuildManifest, next: BuildManifest): string {
  return live.source === next.source
    ? ''
    : ` The live site was built from ${live.source}, this build from ${next.source}.`;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

function count(posts: number): string {
  return posts === 1 ? '1 post' : `${posts} posts`;
}
