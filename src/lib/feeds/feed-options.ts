import { z } from 'zod';
import { PATHS } from '../urls.ts';

/** Options of every feed, each default stated here once. */
const FEED_OPTIONS_SCHEMA = z.strictObject({
  /** How many of the newest posts a feed carries (the site's, each series' and each category's). */
  limit: z.number().int().min(1).max(100).default(20),
  /** Width in pixels of images in feed content and of the hero enclosure (never upscaled). */
  imageWidth: z.number().int().min(100).max(2400).default(1200),
  /** Side in pixels of the square channel image; RSS allows at most 144. */
  channelImageSize: z.number().int().min(16).max(144).default(144),
  /** The XSL stylesheet (src/pages/rss.xsl.ts) that explains a feed opened in a browser. */
  stylesheet: z
    .string()
    .regex(/^\/[^/].*\.xsl$/)
    .default(PATHS.feedStylesheet),
  /** The content's language, as an RSS `<language>` code. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i)
    .default('en'),
});

/** What the feed builders accept; every field is optional. */
export type FeedOptionsInput = z.input<typeof FEED_OPTIONS_SCHEMA>;

/** Resolved options, every default filled in. */
export type FeedOptions = z.output<typeof FEED_OPTIONS_SCHEMA>;

/** Fills in defaults; throws a `[feeds]` error naming the bad option and the fix. */
export function resolveFeedOptions(input: FeedOptionsInput = {}): FeedOptions {
  const parsed = FEED_OPTIONS_SCHEMA.safeParse(input);
  if (!parsed.success) {
    throw new Error(
      `[feeds] Invalid feed options: ${z.prettifyError(parsed.error)}. Fix them where resolveFeedOptions() is called.`,
    );
  }
  return parsed.data;
}
