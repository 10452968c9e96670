import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { currentContentPlan } from '../build/build-state.ts';
import { type Derivative, messageOf } from './derivative.ts';
import { ensureCached } from './derivative-cache.ts';
import { mimeType } from './formats.ts';
import { IMAGES_PATH } from './plan.ts';
import { readSource } from './source.ts';

/** A Connect-style middleware, as Vite's dev server takes it. */
export type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * Serves `/_images/…` in `astro dev`: a derivative the content plans, encoded on first request
 * into the same cache the build uses. Other URLs pass through; a path not planned answers 404.
 */
export function createImageMiddleware(options: {
  cacheDir: string;
  /** Astro's `base` ("/" or "/blog/"): image URLs carry it, plan paths do not. */
  base: string;
  onError: (message: string) => void;
}): Middleware {
  // Parallel requests for one file (srcset candidates, reloads) share a single encode.
  const inFlight = new Map<string, Promise<string>>();
  const materialize = (path: string, derivative: Derivative): Promise<string> => {
    let file = inFlight.get(path);
    if (!file) {
      file = ensureCached(options.cacheDir, path, derivative, () => readSource(derivative))
        .then((cached) => cached.file)
        .finally(() => inFlight.delete(path));
      inFlight.set(path, file);
    }
    return file;
  };
  return (request, response, next) => {
    const requested = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
    const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
    const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : requested;
    if (!path.startsWith(IMAGES_PATH)) return next();
    const derivative = currentContentPlan()?.images.get(path);
    if (!derivative) {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(
        `[images] ${path} is not in the content's image plan: no content shows that image at that size.`,
      );
      return;
    }
    materialize(path, derivative).then(
      (cached) => {
        response.setHeader('Content-Type', mimeType(derivative.format));
        // The name hashes everything that shapes the file, so it can never change under this URL.
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(cached).pipe(response);
      },
      (error: unknown) => {
        const message = messageOf(error);
        options.onError(message);
        response.statusCode = 500;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(message);
      },
    );
  };
}
