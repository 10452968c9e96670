import { stripIllegalCharacters } from '../text/sanitize-text.ts';

/*
 * Markup for @astrojs/rss's `customData`. That string is read back with fast-xml-parser
 * before the feed is written, and its parser decodes only the five named entities: a numeric
 * reference such as `&#39;` (what escapeHtml writes) would come out double-escaped as
 * `&amp;#39;`. So this escaper writes named entities only.
 */
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content or a quoted attribute, after dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return stripIllegalCharacters(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** `<name attr="…">text</name>`, every value escaped; `name` and attribute names are ours, never content. */
export function xmlElement(name: string, text: string, attributes: Record<string, string> = {}): string {
  return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

/** `<name attr="…"/>`, every value escaped. */
export function emptyXmlElement(name: string, attributes: Record<string, string>): string {
  return `<${name}${attributeList(attributes)}/>`;
}

function attributeList(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}
