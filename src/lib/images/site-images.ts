import type { SiteContent } from '../content/site-content.ts';
import type { BodyBlock } from '../portable-text/blocks.ts';
import type { Derivative } from './derivative.ts';
import type { PictureOptions } from './picture.ts';
import { type PlannableImage, planImage, planSingleImage } from './plan.ts';

/*
 * Every size the site draws each kind of image at, and the plan of files that follows from
 * the content. Pages, cards and feeds take their sizes from here; the build makes exactly the
 * files planSiteImages() lists, and fails when a page links to one that is not listed.
 * `sizes` follows global.css: the text column is at most 65ch (about 37rem), the hero and covers 60rem.
 */
export const PICTURE_PRESETS = {
  /** The post's main image: likely the largest thing in the first viewport (the LCP). */
  hero: {
    sizes: '(min-width: 62rem) 60rem, calc(100vw - 2rem)',
    loading: 'eager',
    fetchpriority: 'high',
    aspect: 16 / 9,
  },
  body: { sizes: '(min-width: 40rem) 37rem, calc(100vw - 2rem)', loading: 'lazy' },
  cover: {
    sizes: '(min-width: 62rem) 29rem, calc(100vw - 2rem)',
    loading: 'lazy',
    aspect: 16 / 9,
    widths: [480, 800, 1200],
  },
  avatar: { sizes: '8rem', loading: 'lazy', aspect: 1, widths: [160, 320, 480], class: 'avatar' },
} as const satisfies Record<string, PictureOptions>;

/** Single files: Open Graph cards, images in feed content (and the hero enclosure), feed channel images. */
export const SINGLE_IMAGES = {
  /** Open Graph and Twitter cards are drawn at 1200×630. */
  og: { width: 1200, aspect: 1200 / 630 },
  feed: { width: 1200 },
  /** RSS allows a channel image of at most 144 pixels a side. */
  feedChannel: { width: 144, aspect: 1 },
} as const satisfies Record<string, { width: number; aspect?: number }>;

/** One way a figure is drawn: a responsive picture (it has `sizes`) or a single file. */
type Use = PictureOptions | (typeof SINGLE_IMAGES)[keyof typeof SINGLE_IMAGES];

/** Where each kind of figure appears, by its place in the content. */
const USES = {
  /** The post page's hero, its Open Graph card, its feed item's hero and enclosure. */
  postMainImage: [PICTURE_PRESETS.hero, SINGLE_IMAGES.og, SINGLE_IMAGES.feed],
  /** Figures in a post's body, on its page and in its feed item. */
  postBodyFigure: [PICTURE_PRESETS.body, SINGLE_IMAGES.feed],
  /** Series cards, the series page's hero and card, the series feed's channel image. */
  seriesCover: [PICTURE_PRESETS.cover, PICTURE_PRESETS.hero, SINGLE_IMAGES.og, SINGLE_IMAGES.feedChannel],
  /** The card of every page without its own image, and every feed's channel image. */
  defaultOgImage: [SINGLE_IMAGES.og, SINGLE_IMAGES.feedChannel],
  authorImage: [PICTURE_PRESETS.avatar],
  /** Figures in an author's bio (the about page). */
  bioFigure: [PICTURE_PRESETS.body],
} as const satisfies Record<string, readonly Use[]>;

/** Every image file the site links to, keyed by output path (`/_images/…`, before the base). */
export function planSiteImages(content: SiteContent): Map<string, Derivative> {
  const plan = new Map<string, Derivative>();
  const add = (image: PlannableImage | undefined, uses: readonly Use[]) => {
    if (!image) return;
    for (const use of uses) {
      const files = 'sizes' in use ? planImage(image, use).files : [planSingleImage(image, use).file];
      for (const { path, derivative } of files) plan.set(path, derivative);
    }
  };
  add(content.settings.defaultOgImage, USES.defaultOgImage);
  for (const post of content.posts.values()) {
    add(post.mainImage, USES.postMainImage);
    for (const figure of figuresIn(post.body)) add(figure, USES.postBodyFigure);
  }
  for (const series of content.series.values()) add(series.coverImage, USES.seriesCover);
  for (const author of content.authors.values()) {
    add(author.image, USES.authorImage);
    for (const figure of figuresIn(author.bio)) add(figure, USES.bioFigure);
  }
  return plan;
}

function figuresIn(blocks: readonly BodyBlock[]) {
  return blocks.filter((block) => block._type === 'figure');
}
