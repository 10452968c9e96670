import type { PlannedFile } from './plan.ts';

/** One image file to produce: which source, which pixels of it, at what size and format. */
export type Derivative = PlannedFile['derivative'];

/**
 * An `[images]` error naming the asset and, when known, the document showing it, in the one
 * shape every image failure has:
 * `Image "<asset id>" used by "<document id>" could not be <action>: <reason>. <fix>`.
 */
export function imageError(
  image: Pick<Derivative, 'assetId' | 'usedBy'>,
  action: string,
  reason: string,
  fix: string,
  cause?: unknown,
): Error {
  const user = image.usedBy ? ` used by "${image.usedBy}"` : '';
  const message = `[images] Image "${image.assetId}"${user} could not be ${action}: ${reason}. ${fix}`;
  return cause === undefined ? new Error(message) : new Error(message, { cause });
}

/** The message of anything thrown, for an error's reason. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
