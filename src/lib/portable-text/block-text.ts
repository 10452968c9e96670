/** What text can be read from: a text block, ours or as @portabletext/to-html hands it over. */
export type WithChildren = {
  readonly children: readonly { readonly _type: string; readonly text?: unknown }[];
};

/** Plain text of a text block: its spans' text joined (inline objects have none). */
export function blockText(block: WithChildren): string {
  return block.children.map((child) => (typeof child.text === 'string' ? child.text : '')).join('');
}
