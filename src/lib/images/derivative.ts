import type { ImageFormat } from './formats.ts';
import type { PixelRect } from './geometry.ts';

/** One image file to produce: which source, which pixels of it, at what size and format. */
export interface Derivative {
  /** The asset id, named in errors. */
  assetId: string;
  /** The `_id` of a document that shows the image, named in errors when known. */
  usedBy?: string | undefined;
  /**
   * Where the original bytes are: `https:` (Sanity's CDN) or `file:` (a dataset export); read
   * only if the content plan's asset policy allows it (see `readSource`).
   */
  sourceUrl: string;
  /** Declared size of the source, checked against the bytes before cutting. */
  sourceWidth: number;
  sourceHeight: number;
  /** The pixels of the (uncropped) source to keep. */
  rect: PixelRect;
  /** Output size in pixels. */
  width: number;
  height: number;
  format: ImageFormat;
}

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
