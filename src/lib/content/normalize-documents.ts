import { DEFAULT_TIME_ZONE, isTimeZone } from '../dates.ts';
import { safeHref, safeHttpUrl } from '../portable-text/safe-href.ts';
import { presentText } from '../text/sanitize-text.ts';
import { type ContentIssues, STUDIO_FIX } from './content-issues.ts';
import type { AuthorEntry, CategoryEntry, SettingsEntry } from './entries.ts';
import { normalizeBlockContent } from './normalize-blocks.ts';
import { normalizeFigure } from './normalize-figure.ts';
import type { RawAuthor, RawCategory, RawSettings } from './response.ts';
import { presentSlug } from './slugs.ts';

const SLUG_FIX = 'Generate the slug in the Studio and publish again.';

/** Site settings are required: the site has no title without them. */
export function normalizeSettings(
  raw: RawSettings | null | undefined,
  issues: ContentIssues,
): SettingsEntry | undefined {
  const title = presentText(raw?.title);
  if (!raw || !title) {
    const problem = 'the site has no title (the Site settings document is missing or empty)';
    issues.error('siteSettings', 'title', problem, 'Fill in Site settings in the Studio and publish it.');
    return undefined;
  }
  const cta = raw.callToAction;
  const ctaLabel = presentText(cta?.label);
  const ctaUrl = safeHref(cta?.url);
  return {
    title,
    tagline: presentText(raw.tagline),
    description: presentText(raw.description),
    location: presentText(raw.location),
    contactEmail: presentText(raw.contactEmail),
    contactFormAction: safeHttpUrl(raw.contactFormAction),
    // Site-relative ("/contact/") or absolute; a javascript: URL drops the call to action.
    callToAction: ctaLabel && ctaUrl ? { label: ctaLabel, url: ctaUrl } : undefined,
    disclaimer: presentText(raw.disclaimer),
    socialLinks: (raw.socialLinks ?? []).flatMap((link) => {
      const [label, url] = [presentText(link.label), safeHttpUrl(link.url)];
      return label && url ? [{ label, url }] : [];
    }),
    timeZone: normalizeTimeZone(raw.timeZone, issues),
    newsletterFormAction: safeHttpUrl(raw.newsletterFormAction),
    defaultOgImage: normalizeFigure(raw.defaultOgImage, raw._id, 'defaultOgImage', issues),
  };
}

/** The settings' time zone when this runtime knows it; otherwise a warning and UTC. */
function normalizeTimeZone(value: string | null | undefined, issues: ContentIssues): string {
  if (!value) return DEFAULT_TIME_ZONE;
  if (isTimeZone(value)) return value;
  const problem = `"${value}" is not a time zone name, so dates are shown in ${DEFAULT_TIME_ZONE}`;
  const fix = 'Pick a time zone such as America/Denver in Site settings.';
  issues.warn('siteSettings', 'timeZone', problem, fix);
  return DEFAULT_TIME_ZONE;
}

/** An author needs a name and a slug. */
export function normalizeAuthor(raw: RawAuthor, issues: ContentIssues): AuthorEntry | undefined {
  const name = presentText(raw.name);
  const slug = presentSlug(raw.slug);
  issues.requireFields(raw._id, 'author', { name: [name, STUDIO_FIX], slug: [slug, SLUG_FIX] });
  if (!name || !slug) return undefined;
  return {
    name,
    slug,
    credentials: presentText(raw.credentials),
    bio: normalizeBlockContent(raw.bio ?? [], raw._id, 'bio', issues),
    image: normalizeFigure(raw.image, raw._id, 'image', issues),
  };
}

/** A category needs a title and a slug. */
export function normalizeCategory(raw: RawCategory, issues: ContentIssues): CategoryEntry | undefined {
  const title = presentText(raw.title);
  const slug = presentSlug(raw.slug);
  issues.requireFields(raw._id, 'category', { title: [title, STUDIO_FIX], slug: [slug, SLUG_FIX] });
  if (!title || !slug) return undefined;
  return { title, slug, description: presentText(raw.description) };
}
