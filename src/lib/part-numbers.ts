/*
 * How series parts are numbered (DESIGN.md "Series semantics"). Dependency-free, because the
 * Studio's previews and validation messages import it too: one rule for both.
 */

/** How a series numbers its parts: roman unless the series says arabic. */
export type PartNumbering = 'roman' | 'arabic';

// Largest first, with the subtractive pairs (CM, CD, XC, …) as digits of their own.
const ROMAN_VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
const ROMAN_DIGITS = ['M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'];

/**
 * Writes a positive integer in roman numerals (1 → "I", 14 → "XIV"). Outside 1–3999, where
 * roman numerals have no standard form, it falls back to arabic digits rather than fail a build.
 */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value);
  let rest = value;
  let roman = '';
  ROMAN_VALUES.forEach((amount, index) => {
    while (rest >= amount) {
      roman += ROMAN_DIGITS[index];
      rest -= amount;
    }
  });
  return roman;
}

/** A part number as the series writes it: position 2 → "II" (roman, the default) or "2" (arabic). */
export function partNumber(position: number, numbering: PartNumbering | null | undefined): string {
  return numbering === 'arabic' ? String(position) : toRoman(position);
}
