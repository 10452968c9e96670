import { defineArrayMember } from 'sanity';

/*
 * The inline vocabulary every rich-text field shares (post bodies, bios, callouts), stated once
 * so a callout can never offer a mark the site does not render.
 */

/** Bullet and numbered lists. */
export const BLOCK_LISTS = [
  { title: 'Bullet', value: 'bullet' },
  { title: 'Numbered', value: 'number' },
];

/** strong, em and code decorators; links to the web and to our posts or series. */
export const BLOCK_MARKS = {
  decorators: [
    { title: 'Strong', value: 'strong' },
    { title: 'Emphasis', value: 'em' },
    { title: 'Code', value: 'code' },
  ],
  annotations: [defineArrayMember({ type: 'link' }), defineArrayMember({ type: 'internalLink' })],
};
