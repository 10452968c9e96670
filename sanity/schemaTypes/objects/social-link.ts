import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';

/** One entry of the site's social links: `{_type: "socialLink", label, url}`. */
export const socialLinkType = defineType({
  name: 'socialLink',
  title: 'Social link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'e.g. "LinkedIn" or "Psychology Today".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'url',
      validation: (rule) => rule.required().uri({ scheme: ['https', 'http', 'mailto'] }),
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
});
