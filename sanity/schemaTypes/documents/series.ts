import { StackIcon } from '@sanity/icons/Stack';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { SeriesPartItem } from '../../components/SeriesPartItem';
import { SeriesPreview } from '../../components/SeriesPreview';
import { latestFacts } from '../../components/use-studio-facts';
import { seriesSubtitle } from '../../lib/preview-labels';
import { noDuplicateParts, postInOneSeries, type SeriesPartValue } from '../../validation/series-parts';

/**
 * A multi-part series. The order of `parts` is the reading order: a part's number is its
 * position, counting published posts, posts not yet published and planned parts alike.
 */
export const seriesType = defineType({
  name: 'series',
  title: 'Series',
  type: 'document',
  icon: StackIcon,
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description: 'The series page: /series/<slug>/.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
    defineField({ name: 'coverImage', title: 'Cover image', type: 'figure' }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      options: {
        list: [
          { title: 'Ongoing', value: 'ongoing' },
          { title: 'Complete', value: 'complete' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'ongoing',
    }),
    defineField({
      name: 'numbering',
      title: 'Part numbers',
      type: 'string',
      description: 'How readers see part numbers: "Part II" or "Part 2".',
      options: {
        list: [
          { title: 'Roman (Part II)', value: 'roman' },
          { title: 'Arabic (Part 2)', value: 'arabic' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'roman',
    }),
    defineField({
      name: 'parts',
      title: 'Parts',
      type: 'array',
      description:
        'In reading order; drag to reorder. Add a planned part to announce one before it is written; ' +
        '"Write this part" then creates its post in its place. A post can be added while still a draft: ' +
        'readers see "coming soon" until it is published.',
      of: [
        defineArrayMember({
          type: 'reference',
          title: 'Post',
          to: [{ type: 'post' }],
          // Weak, so a part can point at a post that is not published yet.
          weak: true,
          components: { item: SeriesPartItem },
        }),
        defineArrayMember({ type: 'plannedPart', components: { item: SeriesPartItem } }),
      ],
      validation: (rule) => [
        rule.required().min(1).error('Add at least one part: a post or a planned part.'),
        rule.custom<SeriesPartValue[]>(noDuplicateParts),
        rule.custom<SeriesPartValue[]>(postInOneSeries),
      ],
    }),
  ],
  preview: {
    select: { title: 'title', status: 'status', parts: 'parts', media: 'coverImage' },
    // Desk lists render this text as is; SeriesPreview recomputes it live in forms and search.
    prepare: ({ title, status, parts, media }) => {
      const partRefs = (Array.isArray(parts) ? (parts as SeriesPartValue[]) : []).map((part) => part._ref);
      return {
        title: title || 'Untitled series',
        subtitle: seriesSubtitle(latestFacts(), status, partRefs),
        media,
        seriesStatus: status,
        partRefs,
      };
    },
  },
  components: { preview: SeriesPreview },
});
