import { InfoOutlineIcon } from '@sanity/icons/InfoOutline';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { BLOCK_LISTS, BLOCK_MARKS } from './inline-text';

/** The callout tones DESIGN.md allows, in the order the editor sees them. */
export const CALLOUT_TONES = [
  { title: 'Note', value: 'note' },
  { title: 'Tip', value: 'tip' },
  { title: 'Warning', value: 'warning' },
] as const;

/** A boxed aside in a post body: `{_type: "callout", tone, body}`. */
export const calloutType = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      options: { list: [...CALLOUT_TONES], layout: 'radio', direction: 'horizontal' },
      initialValue: 'note',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'array',
      // Plain paragraphs and lists only: no headings, figures or nested callouts in an aside.
      of: [
        defineArrayMember({
          type: 'block',
          styles: [{ title: 'Normal', value: 'normal' }],
          lists: BLOCK_LISTS,
          marks: BLOCK_MARKS,
        }),
      ],
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { tone: 'tone', text: 'body.0.children.0.text' },
    prepare: ({ tone, text }) => ({
      title: text || 'Empty callout',
      subtitle: `Callout · ${CALLOUT_TONES.find((t) => t.value === tone)?.title ?? 'Note'}`,
    }),
  },
});
