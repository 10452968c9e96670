import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { isTimeZone } from '../../../src/lib/dates.ts';

// The zones this browser knows, for a searchable list rather than free text.
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** The document id of the one and only site settings document. */
export const SITE_SETTINGS_ID = 'siteSettings';

/**
 * Site-wide settings: name, practice details, contact, call to action and defaults for
 * sharing. A singleton: the desk structure opens the document with id {@link SITE_SETTINGS_ID}.
 */
export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'site', title: 'Site', default: true },
    { name: 'practice', title: 'Practice & contact' },
    { name: 'sharing', title: 'Sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      group: 'site',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string', group: 'site' }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      group: 'site',
      description: 'Used by search engines and feeds for the home page.',
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      group: 'site',
      description:
        'Every date on the site and in the Studio is shown in this zone, e.g. America/Denver. Unset: UTC.',
      options: { list: TIME_ZONES },
      validation: (rule) =>
        rule.custom((value) =>
          value === undefined || isTimeZone(value) ? true : `"${value}" is not a time zone name`,
        ),
    }),
    defineField({
      name: 'location',
      title: 'Location',
      type: 'string',
      group: 'practice',
      description: 'e.g. "Virtually located in the Denver metro area".',
    }),
    defineField({
      name: 'contactEmail',
      title: 'Contact email',
      type: 'string',
      group: 'practice',
      validation: (rule) => rule.email(),
    }),
    defineField({
      name: 'contactFormAction',
      title: 'Contact form endpoint',
      type: 'url',
      group: 'practice',
      description: 'The address the contact form posts to (from your form service).',
      validation: (rule) => rule.uri({ scheme: ['https'] }),
    }),
    defineField({ name: 'callToAction', title: 'Call to action', type: 'callToAction', group: 'practice' }),
    defineField({
      name: 'newsletterFormAction',
      title: 'Newsletter sign-up endpoint',
      type: 'url',
      group: 'practice',
      description:
        'The address your email newsletter service gives for a sign-up form. Set, the site offers email sign-up beside its feeds.',
      validation: (rule) => rule.uri({ scheme: ['https'] }),
    }),
    defineField({
      name: 'disclaimer',
      title: 'Disclaimer',
      type: 'text',
      rows: 4,
      group: 'practice',
      description: 'Shown in the footer, e.g. that posts are not a substitute for care.',
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social links',
      type: 'array',
      group: 'sharing',
      of: [defineArrayMember({ type: 'socialLink' })],
    }),
    defineField({
      name: 'defaultOgImage',
      title: 'Default sharing image',
      type: 'figure',
      group: 'sharing',
      description: 'Shown when a page without its own image is shared.',
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
});
