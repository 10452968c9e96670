import { type PartNumbering, partNumber } from '../../src/lib/part-numbers.ts';

export type { PartNumbering };

/** A part's number as readers see it; the site's own rule (src/lib/part-numbers.ts). */
export const formatPartNumber = partNumber;
