import { defineField, defineType } from 'sanity';
import { SeoInput } from '../../components/SeoInput';
import { seoDescriptionLength, seoTitleLength } from '../../validation/length-warnings';

/** Search and sharing overrides for a post: `{title, description, noIndex}`. */
export const seoType = defineType({
  name: 'seo',
  title: 'Search & sharing',
  type: 'object',
  // Open, under a search-result preview: it is the only thing in its tab.
  options: { collapsible: false },
  components: { input: SeoInput },
  fields: [
    defineField({
      name: 'title',
      title: 'Title for search results',
      type: 'string',
      description: 'Leave empty to use the post title.',
      validation: seoTitleLength,
    }),
    defineField({
      name: 'description',
      title: 'Description for search results',
      type: 'text',
      rows: 3,
      description: 'Leave empty to use the excerpt.',
      validation: seoDescriptionLength,
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Asks search engines not to list this page. It stays reachable by its link.',
      initialValue: false,
    }),
  ],
});
