/** A part's number as readers see it: the site's own rule, under the site's own name. */
export { type PartNumbering, partNumber } from '../../src/lib/part-numbers.ts';
