import { cleanText } from './sanitize-text.ts';

/**
 * Text as pages and feeds may show it: `cleanText` applied (no characters illegal in HTML or
 * XML, none that reorder or hide text), and `undefined` for null, empty or blank text, so a
 * title made only of invisible characters counts as missing.
 */
export function presentText(value: string | null | undefined): string | undefined {
  const clean = value ? cleanText(value) : undefined;
  return clean?.trim() ? clean : undefined;
}
