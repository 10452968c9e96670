/*
 * How series parts are numbered (DESIGN.md "Series semantics"). Dependency-free, because the
 * Studio's previews and validation messages import it too: one rule for both.
 */

/** How a series numbers its parts: roman unless the series says arabic. */
export type PartNumbering = 'roman' | 'arabic';

// Largest first, with the subtractive pairs (CM, CD, XC, …) as digits of their own. Each value
// sits beside its digits, so the two cannot drift apart.
const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * Writes a positive integer in roman numerals (1 → "I", 14 → "XIV"). Outside 1–3999, where
 * roman numerals have no standard form, it falls back to arabic digits rather than fail a build.
 */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value);
  let rest = value;
  let roman = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}

/** A part number as the series writes it: position 2 → "II" (roman, the default) or "2" (arabic). */
export function partNumber(position: number, numbering: PartNumbering | null | undefined): string {
  return numbering === 'arabic' ? String(position) : toRoman(position);
}
