import type { Derivative } from './derivative.ts';

/** What an image error names: the asset, the document showing it when known, and its source. */
export type ImageSubject = Pick<Derivative, 'assetId' | 'usedBy' | 'sourceUrl'>;

/**
 * An `[images]` error in the one shape every image failure has:
 * `Image "<asset id>" used by "<document id>" could not be <action>: <reason>. <fix>`.
 */
export function imageError(
  image: ImageSubject,
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
