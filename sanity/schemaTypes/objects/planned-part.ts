import { ClockIcon } from '@sanity/icons/Clock';
import { defineField, defineType } from 'sanity';
import { toDisplayDate } from '../../../src/lib/dates.ts';

/**
 * A series part announced before its post exists. Readers see it as "coming soon" with its
 * title and expected date; replace it with the post once that is written.
 */
export const plannedPartType = defineType({
  name: 'plannedPart',
  title: 'Planned part',
  type: 'object',
  icon: ClockIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Working title',
      type: 'string',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'expected',
      title: 'Expected',
      type: 'date',
      description: 'When readers can expect it. Optional; shown as "coming soon" without it.',
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'A line for readers about what this part will cover.',
    }),
  ],
  preview: {
    select: { title: 'title', expected: 'expected' },
    prepare: ({ title, expected }) => ({
      title: title || 'Untitled planned part',
      subtitle: expected
        ? `Planned · expected ${toDisplayDate(expected)?.text ?? expected}`
        : 'Planned · coming soon',
      media: ClockIcon,
    }),
  },
});
