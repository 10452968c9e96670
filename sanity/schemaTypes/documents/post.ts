import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { PostFormInput } from '../../components/PostFormInput';
import { PostPreview } from '../../components/PostPreview';
import { latestFacts } from '../../components/use-studio-facts';
import { API_VERSION } from '../../env';
import { postSubtitle } from '../../lib/preview-labels';
import { AUTHOR_IDS_QUERY } from '../../queries';
import { excerptLength } from '../../validation/length-warnings';

/**
 * A blog post. Its series is not stored here: the series whose parts list the post is its
 * series (DESIGN.md); the post form shows it, and parts are added from the series or from there.
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
    // Beside the title: it is required, and Publish should not stay disabled for a field in another tab.
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'content',
      description: "The post's address: /posts/<slug>/. Changing it after publishing breaks existing links.",
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: 'details',
      description:
        'Leave empty and publishing dates the post that moment. Set it to back-date a post, or to a ' +
        'future moment to schedule it: it appears at the first site build after that.',
      // Required once published (the site needs it); a draft may leave it for Publish to fill.
      validation: (rule) =>
        rule.custom((value, context) =>
          value || context.document?._id.startsWith('drafts.') !== false
            ? true
            : 'Add a publication date: the site orders and dates posts by it.',
        ),
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
      // Most practices have one author: a new post starts with them.
      initialValue: async (_params, { getClient }) => {
        const ids = await getClient({ apiVersion: API_VERSION }).fetch<string[]>(AUTHOR_IDS_QUERY);
        // An empty object leaves the field empty, as if there were no initial value.
        return ids.length === 1 && ids[0] ? { _ref: ids[0] } : ({} as { _ref: string });
      },
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
    // Desk lists render this text as is (they ignore components.preview), so it is computed here
    // from the shared facts; PostPreview recomputes it live wherever a form shows the post.
    prepare: ({ title, publishedAt, media, postId }) => ({
      title: title || 'Untitled post',
      subtitle: postSubtitle(latestFacts(), postId, publishedAt),
      media,
      postId,
      publishedAt,
    }),
  },
  components: { preview: PostPreview, input: PostFormInput },
});
