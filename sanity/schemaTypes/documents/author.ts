import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';

/** The person who writes: name, credentials, a short bio and a portrait. */
export const authorType = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: { source: 'name', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'Shown after the name, e.g. "LCSW".',
    }),
    defineField({ name: 'bio', title: 'Bio', type: 'blockContent' }),
    defineField({ name: 'image', title: 'Portrait', type: 'figure' }),
  ],
  preview: {
    select: { name: 'name', credentials: 'credentials', media: 'image' },
    prepare: ({ name, credentials, media }) => ({
      title: credentials ? `${name}, ${credentials}` : name || 'Unnamed author',
      media,
    }),
  },
});
