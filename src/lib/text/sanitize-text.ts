// C0 controls (but tab, LF, CR), DEL, C1 controls, lone surrogates and U+FFFE/U+FFFF are
// illegal in XML 1.0 and invalid in HTML; editors paste them from Word and PDFs.
const ILLEGAL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Invisible characters that reorder or hide the text around them. Bidi embeddings, overrides
// and isolates (U+202A–E, U+2066–9) flip the reading order of everything after them up to the
// end of the paragraph, so one in a title can disguise the page's own text; the rest (soft
// hyphen, zero-width space, word joiner, invisible operators, deprecated format controls,
// byte-order mark, interlinear annotation) render as nothing and only hide or split words.
// Kept on purpose, because scripts and emoji are spelled with them: ZWNJ/ZWJ (U+200C/D),
// the directional marks LRM/RLM/ALM, which affect no text beyond their neighbours, variation
// selectors and emoji tag sequences.
const HIDDEN_FORMATTING = /[\u00AD\u180E\u200B\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/** Removes characters that are illegal in XML 1.0 and HTML text; everything else is kept. */
export function stripIllegalCharacters(text: string): string {
  return text.replace(ILLEGAL_CHARACTERS, '');
}

/**
 * Text fit to show anywhere (pages, meta tags, JSON-LD, feeds): illegal characters and
 * invisible ones that reorder or hide text removed; joiners and directional marks kept.
 */
export function cleanText(text: string): string {
  return stripIllegalCharacters(text).replace(HIDDEN_FORMATTING, '');
}

/**
 * A text field as pages and feeds may show it: `cleanText` applied; `undefined` for null or blank
 * text (a title of invisible characters is missing). A value that is not text (a hand-edited export,
 * a field whose type changed) passes on unchanged, so the entry contract reports it by document and field.
 */
export function presentText(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return value ?? undefined;
  const clean = cleanText(value);
  return clean.trim() ? clean : undefined;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values, after `cleanText`. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
