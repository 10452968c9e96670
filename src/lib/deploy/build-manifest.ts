import { z } from 'zod';
import type { SourceConfig } from '../config.ts';

/*
 * The public build manifest: a small JSON file every build writes next to its pages, saying
 * which posts it published. The deploy's content-drop guard compares the live site's copy with
 * the new build's before it lets the new build replace the old one.
 */

/** Bumped only when a field changes meaning; a guard refuses a format it does not know. */
export const BUILD_MANIFEST_FORMAT = 1;

/** The manifest's file name, relative to the site's root URL and to the build's output folder. */
export const BUILD_MANIFEST_FILE = 'build-manifest.json';

/** What a manifest holds; also the check the guard runs on a manifest it reads or downloads. */
export const BUILD_MANIFEST_SCHEMA = z
  .object({
    format: z.literal(BUILD_MANIFEST_FORMAT),
    builtAt: z.iso.datetime({ offset: true }),
    source: z.string().min(1),
    postCount: z.number().int().nonnegative(),
    postIds: z.array(z.string().min(1)),
  })
  // A count that disagrees with the list means the file was edited or cut short: trust neither.
  .refine((manifest) => manifest.postCount === manifest.postIds.length, {
    path: ['postCount'],
    message: 'differs from the number of postIds',
  });

export type BuildManifest = z.infer<typeof BUILD_MANIFEST_SCHEMA>;

/**
 * The manifest of one build, from the `_id`s of the posts it published (in any order) and the
 * source {@link identifySource} names; ids are sorted by code unit so two builds of the same content match.
 */
export function createBuildManifest(input: {
  postIds: Iterable<string>;
  source: string;
  builtAt: Date;
}): BuildManifest {
  const postIds = [...new Set(input.postIds)].sort();
  return {
    format: BUILD_MANIFEST_FORMAT,
    builtAt: input.builtAt.toISOString(),
    source: input.source,
    postCount: postIds.length,
    postIds,
  };
}

/**
 * Names where the content came from, safe to publish: `sanity:<projectId>/<dataset>` for the API,
 * plain `export` for a dataset export, whose path on the build machine is nobody's business.
 */
export function identifySource(source: SourceConfig): string {
  return source.kind === 'remote' ? `sanity:${source.projectId}/${source.dataset}` : 'export';
}

export type ParsedManifest = { ok: true; manifest: BuildManifest } | { ok: false; problem: string };

/** Parses a manifest file's text; never throws, so callers decide how bad a broken file is. */
export function parseBuildManifest(text: string): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: `it is not JSON (it starts ${JSON.stringify(text.trim().slice(0, 40))})` };
  }
  const parsed = BUILD_MANIFEST_SCHEMA.safeParse(json);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`);
  return { ok: false, problem: `it is not a Quire build manifest (${problems.join('; ')})` };
}
