import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineField, defineType } from 'sanity';

/**
 * Annotation: a link to another post or a series on this site, kept correct when its slug
 * changes. Stored as `{_type: "internalLink", reference: {_type: "reference", _ref}}`.
 */
export const internalLinkType = defineType({
  name: 'internalLink',
  title: 'Link to a post or series',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Post or series',
      type: 'reference',
      to: [{ type: 'post' }, { type: 'series' }],
      validation: (rule) => rule.required(),
    }),
  ],
});
