import { defineArrayMember, defineType } from 'sanity';
import { BLOCK_LISTS, BLOCK_MARKS } from './inline-text';

/**
 * Rich text for post bodies and author bios (DESIGN.md "block content"): paragraphs, h2–h4,
 * quotes, lists, strong/em/code, links to the web and to posts or series, figures, callouts.
 * There is no h1: the page title is the only one.
 */
export const blockContentType = defineType({
  name: 'blockContent',
  title: 'Block content',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Heading 4', value: 'h4' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: BLOCK_LISTS,
      marks: BLOCK_MARKS,
    }),
    // A figure in the body must hold an image; the figure type itself requires its alt text.
    defineArrayMember({ type: 'figure', validation: (rule) => rule.assetRequired() }),
    defineArrayMember({ type: 'callout' }),
  ],
});
