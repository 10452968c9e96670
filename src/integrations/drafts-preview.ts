import type { IncomingMessage } from 'node:http';
import type { AstroIntegration } from 'astro';

/** Page loads closer together than this share one content refresh (a page and its reload, say). */
const REFRESH_INTERVAL_MS = 1_000;

/**
 * The draft preview (`npm run preview:drafts`, QUIRE_PREVIEW_DRAFTS=true). In `astro dev` it
 * reloads content from the API before serving a page, so an edit in the Studio shows on the
 * next reload. `astro build` refuses to run with it: a build is for publishing, and drafts
 * must never reach `dist/`.
 */
export function quireDraftsPreview({ enabled }: { enabled: boolean }): AstroIntegration {
  return {
    name: 'quire-drafts-preview',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (enabled && command === 'build') {
          throw new Error(
            '[config] QUIRE_PREVIEW_DRAFTS=true is set, and a build with it would publish unpublished drafts. Unset it for builds; run `npm run preview:drafts` to see drafts locally.',
          );
        }
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!enabled || !refreshContent) return;
        let latest: { at: number; done: Promise<void> } | undefined;
        const refresh = () => {
          if (!latest || Date.now() - latest.at > REFRESH_INTERVAL_MS) {
            const done = refreshContent({}).catch((error: unknown) => {
              logger.error(`Could not reload drafts, showing the last content loaded: ${String(error)}`);
            });
            latest = { at: Date.now(), done };
          }
          return latest.done;
        };
        server.middlewares.use((request, _response, next) => {
          if (isPageRequest(request)) refresh().then(() => next());
          else next();
        });
      },
    },
  };
}

// Browsers ask for pages with Accept: text/html; scripts, styles and images need no new content.
function isPageRequest(request: IncomingMessage): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}
