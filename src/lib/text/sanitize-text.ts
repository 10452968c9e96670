// C0 controls (but tab, LF, CR), DEL, C1 controls, lone surrogates and U+FFFE/U+FFFF are
// illegal in XML 1.0 and invalid in HTML; editors paste them from Word and PDFs.
const ILLEGAL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that are illegal in XML 1.0 and HTML text; everything else is kept. */
export function stripIllegalCharacters(text: string): string {
  return text.replace(ILLEGAL_CHARACTERS, '');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values, after stripping illegal characters. */
export function escapeHtml(text: string): string {
  return stripIllegalCharacters(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
