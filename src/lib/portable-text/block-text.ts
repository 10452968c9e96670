import type { ArbitraryTypedObject, PortableTextSpan } from '@portabletext/types';

/** What text can be read from: a text block, ours or as @portabletext/to-html hands it over. */
export type WithChildren = { children: readonly (PortableTextSpan | ArbitraryTypedObject)[] };

/** Plain text of a text block: its spans' text joined (inline objects have none). */
export function blockText(block: WithChildren): string {
  return block.children.map((child) => (typeof child.text === 'string' ? child.text : '')).join('');
}
