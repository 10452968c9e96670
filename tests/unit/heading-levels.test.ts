import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/lib/portable-text/blocks.ts';
import { closeHeadingGaps } from '../../src/lib/portable-text/heading-levels.ts';
import { calloutBlock, figureBlock, styled } from '../support/blocks.ts';

const styles = (blocks: BodyBlock[]) =>
  blocks.map((block) => (block._type === 'block' ? block.style : block._type));

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
    expect(styles(closeHeadingGaps(input.map((style) => styled(style))).blocks)).toEqual(output);
  });

  it('names each heading it changed and leaves the input untouched', () => {
    const input = [styled('h2', 'Confidentiality'), styled('h4', 'In therapy')];
    const { blocks, shifted } = closeHeadingGaps(input);
    expect(shifted).toEqual([{ text: 'In therapy', from: 'h4', to: 'h3' }]);
    expect(input[1]?.style).toBe('h4');
    expect(blocks[1]).toEqual({ ...input[1], style: 'h3' });
  });

  it('leaves figures and callouts as they are', () => {
    const others = [figureBlock(), calloutBlock([styled('h4', 'Inside a callout')])];
    expect(closeHeadingGaps(others).blocks).toEqual(others);
  });
});
