/** Series status values as stored. */
export type SeriesStatus = 'ongoing' | 'complete';

const STATUS_LABELS: Record<SeriesStatus, string> = { ongoing: 'Ongoing', complete: 'Complete' };

/**
 * The series preview's subtitle: "Ongoing · 3 published · 2 planned". Until the number of
 * published parts is known it says "Ongoing · 5 parts". Planned counts every part that is
 * not a published post: planned parts and posts not yet published.
 */
export function formatSeriesSummary(
  status: SeriesStatus | undefined,
  partCount: number,
  publishedCount?: number,
): string {
  const label = status ? STATUS_LABELS[status] : 'No status';
  if (publishedCount === undefined) return `${label} · ${partCount} ${partCount === 1 ? 'part' : 'parts'}`;
  const planned = Math.max(partCount - publishedCount, 0);
  return `${label} · ${publishedCount} published · ${planned} planned`;
}
