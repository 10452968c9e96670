import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';

/** Annotation: a link to any web address (or mailto:/tel:). Stored as `{_type: "link", href}`. */
export const linkType = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'url',
      description:
        'A page on this site (e.g. /contact/), a full address such as https://example.org, or mailto:/tel:.',
      // Relative links are accepted as the call to action accepts them: the site resolves both.
      validation: (rule) =>
        rule.required().uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true }),
    }),
  ],
});
