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
   * only if the shared asset policy allows it (see `readSource`).
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

/*
 * Why globalThis and not a module-level Map: in Astro 7 the pages render from a Vite bundle
 * of this module (the prerender entry in a static build, Vite's module runner in dev), while
 * the integration's hooks use the copy loaded with astro.config.mjs. Both run in the same
 * process but are separate module instances, so a plain `new Map()` here would be two maps
 * and `astro:build:done` would find nothing. (Checked with a two-page fixture on Astro 7.3.5:
 * same pid, module map empty at build:done, global map full.) `Symbol.for` names the same key
 * from every copy, and the symbol keeps it off anything else's globals.
 */
const REGISTRY_KEY: unique symbol = Symbol.for('quire.images.registry');

type RegistryHolder = { [REGISTRY_KEY]?: Map<string, Derivative> };

function registry(): Map<string, Derivative> {
  const holder = globalThis as RegistryHolder;
  holder[REGISTRY_KEY] ??= new Map();
  return holder[REGISTRY_KEY];
}

/** Records that `path` (root-relative, `/_images/…`) must exist; the same path may be recorded many times. */
export function recordDerivative(path: string, derivative: Derivative): void {
  registry().set(path, derivative);
}

/** The derivative planned for `path`, or `undefined` when no rendered page asked for it. */
export function findDerivative(path: string): Derivative | undefined {
  return registry().get(path);
}

/** A snapshot of every planned derivative, keyed by output path. */
export function listDerivatives(): Map<string, Derivative> {
  return new Map(registry());
}

/** Forgets every planned derivative; called when a build starts so a process can build twice. */
export function clearDerivatives(): void {
  registry().clear();
}
