import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { PostPreview } from '../../components/PostPreview';
import { excerptLength } from '../../validation/length-warnings';

/**
 * A blog post. Its series is not stored here: the series whose parts list the post is its
 * series (DESIGN.md), so a post is added to a series from the series.
 */
export const postType = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'details', title: 'Details' },
    { name: 'seo', title: 'Search & sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'details',
      description: "The post's address: /posts/<slug>/. Changing it after publishing breaks existing links.",
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: 'details',
      description: 'The post appears on the site from this moment on (at the next build).',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Updated at',
      type: 'datetime',
      group: 'details',
      description: 'Set when you revise the post meaningfully; readers see "Updated on …".',
      validation: (rule) =>
        rule.min(rule.valueOfField('publishedAt')).warning('This is before the publication date.'),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences for post lists, feeds and search results.',
      validation: excerptLength,
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'details',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'mainImage', title: 'Hero image', type: 'figure', group: 'content' }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'seo', title: 'Search & sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Oldest first', name: 'publishedAtAsc', by: [{ field: 'publishedAt', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', media: 'mainImage', postId: '_id' },
    prepare: ({ title, publishedAt, media, postId }) => ({
      title: title || 'Untitled post',
      subtitle: describePublication(publishedAt),
      media,
      postId,
    }),
  },
  components: { preview: PostPreview },
});

function describePublication(publishedAt: string | undefined): string {
  if (!publishedAt) return 'No publication date';
  const date = new Date(publishedAt);
  const formatted = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return date.getTime() > Date.now() ? `Scheduled · ${formatted}` : formatted;
}
