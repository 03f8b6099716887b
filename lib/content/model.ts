import { z } from "zod";

/** The typed shape of a recap after validation; pages only ever see this. */
export const photoSchema = z.object({
  src: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: z.string(),
});

export const talkSchema = z.object({
  speakers: z.array(z.string()),
  company: z.string().nullable(),
  title: z.string().nullable(),
  /** Seconds into `videoId`. */
  start: z.number().int().nonnegative().nullable(),
  videoId: z.string().nullable(),
  takeaways: z.array(z.string()),
  /** Unique, stable, URL-safe section id within the recap. */
  anchor: z.string(),
  /** 1-based file line of the talk's paragraph (or front-matter entry). */
  line: z.number().int().positive(),
  /** Why the talk reader is unsure of this talk, for `npm run talks -- --doubtful`; empty when it is sure. */
  doubts: z.array(z.string()),
  /** One per speaker, in order; the key of their page, /speakers/<slug>. */
  speakerSlugs: z.array(z.string()),
  companySlug: z.string().nullable(),
});

export const recapSchema = z.object({
  slug: z.string(),
  url: z.string(),
  sourceFile: z.string(),
  date: z.string(),
  year: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  summary: z.string(),
  location: z.string(),
  tags: z.array(z.string()),
  videoId: z.string().nullable(),
  slides: z.string().nullable(),
  cover: photoSchema.nullable(),
  hideCover: z.boolean(),
  photos: z.array(photoSchema),
  talks: z.array(talkSchema),
  talksFrom: z.enum(["body", "front-matter"]),
  bodyStartLine: z.number().int().positive(),
  redirectFrom: z.array(z.string()),
  /** The file line of each `redirectFrom` entry, in the same order, for the checks across files. */
  redirectFromLines: z.array(z.number().int().positive()),
  draft: z.boolean(),
});

export type Photo = z.infer<typeof photoSchema>;
export type Talk = z.infer<typeof talkSchema>;
export type Recap = z.infer<typeof recapSchema>;
