import { defineField, defineType } from 'sanity';

/** The site's main call to action, e.g. "Book a consultation": `{label, url}`. */
export const callToActionType = defineType({
  name: 'callToAction',
  title: 'Call to action',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Button text',
      type: 'string',
      validation: (rule) =>
        rule.custom((label, context) => {
          const url = (context.parent as { url?: string } | undefined)?.url;
          return url && !label?.trim() ? 'Add the button text, or remove the address.' : true;
        }),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'url',
      description: 'A page on this site (e.g. /contact/) or a full address.',
      validation: (rule) =>
        rule
          .uri({ scheme: ['https', 'http', 'mailto', 'tel'], allowRelative: true })
          .custom((url, context) => {
            const label = (context.parent as { label?: string } | undefined)?.label;
            return label?.trim() && !url
              ? 'Add the address the button leads to, or remove the button text.'
              : true;
          }),
    }),
  ],
});
