import { type CustomValidator, getPublishedId, type ValidationError } from 'sanity';
import { API_VERSION } from '../env';
import { type PartNumbering, partNumber } from '../lib/part-label';
import { OTHER_SERIES_WITH_POSTS_QUERY } from '../queries';

/** A member of `series.parts` as stored: a (possibly weak) reference to a post, or a planned part. */
export interface SeriesPartValue {
  _key: string;
  _type: string;
  _ref?: string;
  _weak?: boolean;
  title?: string;
}

/** Marker code for a post listed twice in one series. */
export const DUPLICATE_PART_CODE = 'custom.series-duplicate-part';
/** Marker code for a post that another series already lists. */
export const POST_IN_OTHER_SERIES_CODE = 'custom.post-in-other-series';

type PartsValidator = CustomValidator<SeriesPartValue[] | undefined>;

interface OtherSeries {
  _id: string;
  title: string | null;
  posts: string[] | null;
}

/** Each post appears once per series; the error sits on the repeat and names the first position. */
export const noDuplicateParts: PartsValidator = (parts, context) => {
  const numbering = (context.document as { numbering?: PartNumbering } | undefined)?.numbering;
  const firstIndex = new Map<string, number>();
  const errors: ValidationError[] = [];
  for (const [index, part] of (parts ?? []).entries()) {
    if (!part._ref) continue;
    const first = firstIndex.get(part._ref);
    if (first === undefined) {
      firstIndex.set(part._ref, index);
      continue;
    }
    errors.push({
      code: DUPLICATE_PART_CODE,
      path: [{ _key: part._key }],
      message: `This post is already Part ${partNumber(first + 1, numbering)} of this series. Remove this duplicate.`,
    });
  }
  return errors.length > 0 ? errors : true;
};

/**
 * A post belongs to at most one series (DESIGN.md). Asks the Content Lake, through the
 * validation context's client, which other series list any of these posts; drafts of other
 * series count too, so a clash shows up before either is published.
 */
export const postInOneSeries: PartsValidator = async (parts, context) => {
  const posts = [...new Set((parts ?? []).flatMap((part) => (part._ref ? [part._ref] : [])))];
  if (posts.length === 0 || !context.document) return true;
  const client = context.getClient({ apiVersion: API_VERSION }).withConfig({ perspective: 'raw' });
  const others = await client.fetch<OtherSeries[]>(
    OTHER_SERIES_WITH_POSTS_QUERY,
    { self: getPublishedId(context.document._id), posts },
    { tag: 'validation.post-in-one-series', ...(context.signal ? { signal: context.signal } : {}) },
  );
  const errors = (parts ?? []).flatMap((part): ValidationError[] => {
    const titles = seriesTitlesListing(others, part._ref);
    if (titles.length === 0) return [];
    const named = titles.map((title) => `"${title}"`).join(' and ');
    return [
      {
        code: POST_IN_OTHER_SERIES_CODE,
        path: [{ _key: part._key }],
        message: `This post is already in the series ${named}. A post belongs to at most one series: remove it here or there.`,
      },
    ];
  });
  return errors.length > 0 ? errors : true;
};

function seriesTitlesListing(others: OtherSeries[], postId: string | undefined): string[] {
  if (!postId) return [];
  const titles = others
    .filter((series) => series.posts?.includes(postId))
    .map((series) => series.title?.trim() || `untitled series ${getPublishedId(series._id)}`);
  return [...new Set(titles)];
}
