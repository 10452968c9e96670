import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { currentContentPlan } from '../build/build-state.ts';
import { type Derivative, messageOf } from './derivative.ts';
import { ensureCached } from './derivative-cache.ts';
import { mimeType } from './formats.ts';
import { IMAGES_PATH } from './plan.ts';
import { readSource } from './source.ts';

/**
 * Serves `/_images/…` in `astro dev`: a derivative the content plans, encoded on first request
 * into the same cache the build uses. Other URLs pass through; a path not planned answers 404.
 */
export function createImageMiddleware(options: {
  cacheDir: string;
  /** Astro's `base` ("/" or "/blog/"): image URLs carry it, plan paths do not. */
  base: string;
  onError: (message: string) => void;
}) {
  // Parallel requests for one file (srcset candidates, reloads) share a single encode.
  const inFlight = new Map<string, ReturnType<typeof ensureCached>>();
  const materialize = (path: string, derivative: Derivative) => {
    let cached = inFlight.get(path);
    if (!cached) {
      const load = () => readSource(derivative);
      cached = ensureCached(options.cacheDir, path, derivative, load).finally(() => inFlight.delete(path));
      inFlight.set(path, cached);
    }
    return cached;
  };
  // Connect-style, as Vite's dev server takes it.
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const requested = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
    const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
    const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : requested;
    if (!path.startsWith(IMAGES_PATH)) return next();
    const derivative = currentContentPlan()?.images.get(path);
    if (!derivative) {
      const message = `[images] ${path} is not in the content's image plan: no content shows that image at that size.`;
      return sendText(response, 404, message);
    }
    materialize(path, derivative).then(
      ({ file }) => {
        response.setHeader('Content-Type', mimeType(derivative.format));
        // The name hashes everything that shapes the file, so it can never change under this URL.
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(file).pipe(response);
      },
      (error: unknown) => {
        const message = messageOf(error);
        options.onError(message);
        sendText(response, 500, message);
      },
    );
  };
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(message);
}
