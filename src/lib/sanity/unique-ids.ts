/** Where a document sits in `data.ndjson`: its `_id` and its 1-based line number. */
export interface DocumentLine {
  id: string;
  line: number;
}

// Enough to find the pattern (a file concatenated twice repeats every id); the rest are alike.
const MAX_LISTED = 10;

/**
 * Throws a `[content]` error naming every `_id` that appears on more than one line, with its
 * line numbers: the Content Lake holds one document per `_id`, so a query over the export would
 * otherwise show one copy and silently drop the other. `drafts.x` and `x` are different ids.
 */
export function assertUniqueIds(documents: readonly DocumentLine[], source: string): void {
  const linesById = new Map<string, number[]>();
  for (const { id, line } of documents) {
    const lines = linesById.get(id);
    if (lines) lines.push(line);
    else linesById.set(id, [line]);
  }
  const repeated = [...linesById].filter(([, lines]) => lines.length > 1);
  if (repeated.length === 0) return;
  const listed = repeated
    .slice(0, MAX_LISTED)
    .map(([id, lines]) => `"${id}" on lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`);
  const more = repeated.length > MAX_LISTED ? `; and ${repeated.length - MAX_LISTED} more` : '';
  throw new Error(
    `[content] data.ndjson in "${source}" holds more than one document with the same _id, so one would silently replace the other: ${listed.join('; ')}${more}. Keep one document per _id (remove the extra copies, or give a copy its own _id) and export again.`,
  );
}
