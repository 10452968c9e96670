import { describe, expect, it } from 'vitest';
import { closeHeadingGaps } from '../../src/lib/heading-levels.ts';

const heading = (style: string, text = style) => ({ _type: 'block', style, children: [{ text }] });
const styles = (blocks: unknown[]) => blocks.map((block) => (block as { style?: string }).style);

describe('closeHeadingGaps', () => {
  it.each([
    {
      name: 'a well-formed outline',
      input: ['h2', 'h3', 'h4', 'h2', 'h3'],
      output: ['h2', 'h3', 'h4', 'h2', 'h3'],
    },
    { name: 'an h4 right under an h2', input: ['h2', 'h4', 'h4', 'h2'], output: ['h2', 'h3', 'h3', 'h2'] },
    { name: 'a body that starts at h3', input: ['h3', 'h4', 'h2'], output: ['h2', 'h3', 'h2'] },
    { name: 'a jump from h2 to h6', input: ['h2', 'h6', 'h3'], output: ['h2', 'h3', 'h3'] },
    { name: 'paragraphs between headings', input: ['h2', 'normal', 'h4'], output: ['h2', 'normal', 'h3'] },
  ])('$name', ({ input, output }) => {
    expect(styles(closeHeadingGaps(input.map((style) => heading(style))).blocks)).toEqual(output);
  });

  it('names each heading it changed and leaves the input untouched', () => {
    const input = [heading('h2', 'Confidentiality'), heading('h4', 'In therapy')];
    const { blocks, shifted } = closeHeadingGaps(input);
    expect(shifted).toEqual([{ text: 'In therapy', from: 'h4', to: 'h3' }]);
    expect(input[1]?.style).toBe('h4');
    expect(blocks[1]).toEqual({ ...input[1], style: 'h3' });
  });

  it('ignores non-text blocks that carry a style field', () => {
    const callout = { _type: 'callout', style: 'h4' };
    expect(closeHeadingGaps([callout]).blocks).toEqual([callout]);
  });
});
