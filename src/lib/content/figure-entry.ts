import { z } from 'zod';

/** A checked image with its alt text, caption, credit and crop, wherever it appears. */
export const FIGURE = z.strictObject({
  alt: z.string(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  hotspot: z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
  crop: z
    .strictObject({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })
    .optional(),
  asset: z.strictObject({
    id: z.string(),
    url: z.string(),
    mimeType: z.string(),
    size: z.number().optional(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    lqip: z.string().optional(),
    /** The `_id` of the document that shows the image, named when the image cannot be made. */
    usedBy: z.string().optional(),
  }),
});

export type Figure = z.infer<typeof FIGURE>;
