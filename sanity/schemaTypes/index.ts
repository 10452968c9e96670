import { authorType } from './documents/author';
import { categoryType } from './documents/category';
import { postType } from './documents/post';
import { seriesType } from './documents/series';
import { blockContentType } from './objects/block-content';
import { callToActionType } from './objects/call-to-action';
import { calloutType } from './objects/callout';
import { figureType } from './objects/figure';
import { internalLinkType } from './objects/internal-link';
import { linkType } from './objects/link';
import { plannedPartType } from './objects/planned-part';
import { seoType } from './objects/seo';
import { socialLinkType } from './objects/social-link';
import { siteSettingsType } from './singletons/site-settings';

/** Every schema type of the Studio, as DESIGN.md's content model describes them. */
export const schemaTypes = [
  // documents
  postType,
  seriesType,
  authorType,
  categoryType,
  // singletons
  siteSettingsType,
  // objects
  figureType,
  blockContentType,
  calloutType,
  linkType,
  internalLinkType,
  plannedPartType,
  seoType,
  socialLinkType,
  callToActionType,
];
