import { ImageIcon } from '@sanity/icons/Image';
import { defineField, defineType } from 'sanity';
import { requireAltWhenImageSet } from '../../validation/figure-alt';

// The words that travel with an image mean nothing before there is one: shown once it is chosen.
const hiddenWithoutImage = ({ parent }: { parent?: { asset?: unknown } }) => !parent?.asset;

/**
 * An image with the words that travel with it. Used for hero images, cover images,
 * author portraits, the default social image and figures in the body.
 */
export const figureType = defineType({
  name: 'figure',
  title: 'Figure',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alt text',
      type: 'string',
      description: 'What the image shows, for readers who cannot see it. Required whenever an image is set.',
      hidden: hiddenWithoutImage,
      validation: (rule) => rule.custom(requireAltWhenImageSet),
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description: 'Shown under the image.',
      hidden: hiddenWithoutImage,
    }),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Photographer or source, e.g. "Photo: Jane Doe / Unsplash".',
      hidden: hiddenWithoutImage,
    }),
  ],
  preview: {
    select: { alt: 'alt', caption: 'caption', media: 'asset' },
    prepare: ({ alt, caption, media }) => ({
      title: caption || alt || 'Figure',
      media,
      ...(alt ? {} : { subtitle: 'No alt text' }),
    }),
  },
});
