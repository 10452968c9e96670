import { publishContentPlan } from '../../src/lib/build/build-state.ts';
import type { Derivative } from '../../src/lib/images/derivative.ts';
import { finishEncoding, startEncoding } from '../../src/lib/images/generate.ts';
import type { PlannedFile } from '../../src/lib/images/plan.ts';
import type { AssetPolicy } from '../../src/lib/sanity/asset-policy.ts';

/** The derivatives of planned images and single files, keyed by output path, as the build plans them. */
export function derivativesOf(
  ...plans: ({ files: PlannedFile[] } | { file: PlannedFile })[]
): Map<string, Derivative> {
  const files = plans.flatMap((plan) => ('files' in plan ? plan.files : [plan.file]));
  return new Map(files.map(({ path, derivative }) => [path, derivative]));
}

/** Lets `readSource` read what `policy` allows, as loading content does (with an empty plan). */
export function allowImagesFrom(policy: AssetPolicy): void {
  publishContentPlan({ assetPolicy: policy, images: new Map(), pages: new Map() });
}

/** Both steps the image integration runs: encodes what the cache lacks, then writes every file out. */
export function generateDerivatives(
  derivatives: ReadonlyMap<string, Derivative>,
  options: { cacheDir: string; concurrency: number; outDir: string },
) {
  return finishEncoding(startEncoding(derivatives, options), options.outDir);
}
