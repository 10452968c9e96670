import type { CalloutBlock, FigureBlock, TextBlock } from '../../src/lib/portable-text/blocks.ts';

/*
 * Typed rich-text blocks for tests of the Portable Text functions, which take checked blocks.
 * Raw, hostile or damaged shapes are tested where they enter: content/normalize-blocks.ts.
 */

/** A text block of one span per string (several strings: spans split mid-word are joined). */
export function textBlock(text: string | string[], extra: Partial<TextBlock> = {}): TextBlock {
  const texts = Array.isArray(text) ? text : [text];
  return {
    _type: 'block',
    _key: `k${texts.join('').length}`,
    style: 'normal',
    markDefs: [],
    children: texts.map((part, index) => ({ _type: 'span', _key: `s${index}`, text: part, marks: [] })),
    ...extra,
  };
}

/** A heading block (or any style) with `text`. */
export function styled(style: string, text = style): TextBlock {
  return textBlock(text, { style });
}

/** A callout holding `body`. */
export function calloutBlock(body: TextBlock[], tone: CalloutBlock['tone'] = 'note'): CalloutBlock {
  return { _type: 'callout', _key: 'c', tone, body };
}

/** A checked body figure (no image files behind it: enough for text and layout functions). */
export function figureBlock(alt = 'A calm abstract shape'): FigureBlock {
  return {
    _type: 'figure',
    _key: 'f',
    alt,
    asset: {
      id: 'image-b0d1000000000000000000000000000000000000-800x600-jpg',
      url: 'file:///x.jpg',
      mimeType: 'image/jpeg',
      width: 800,
      height: 600,
    },
  };
}
