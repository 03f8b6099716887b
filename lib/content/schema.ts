import { z } from "zod";
import { isRealDate } from "./file-name";

/**
 * The front matter organisers write, in the old Jekyll site's format. Every field the archive used
 * is accepted; values are normalised here once (a single redirect becomes a list, a year tag a string).
 */
const text = (field: string) =>
  z.string({ error: `'${field}' must be text: wrap it in double quotes` }).trim();

const stringList = (field: string) =>
  z
    .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
      error: `'${field}' must be a list of words: one '- item' per line under '${field}:'`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]).map((item) => String(item).trim()))
    .transform((items) => items.filter((item) => item !== ""));

export const recapFrontMatterSchema = z.object({
  layout: z.unknown().optional(),
  title: text("title").min(1, { error: "the title is empty: write the meetup's name after 'title:'" }),
  description: text("description").optional(),
  location: text("location").optional(),
  image: text("image").optional(),
  video: text("video").optional(),
  // Only web links: the page links to it, and a javascript: or data: URL would run or show anything.
  slides: z.url({ protocol: /^https?$/, error: "'slides' must be a web address starting with https:// (or http://), such as https://speakerdeck.com/...: replace it with the slides' page" }).optional(),
  tags: stringList("tags").optional(),
  redirect_from: stringList("redirect_from").optional(),
  hide_image: z.boolean({ error: "'hide_image' must be true or false (without quotes)" }).optional(),
  published: z.boolean({ error: "'published' must be true or false (without quotes); false makes the recap a draft" }).optional(),
  date: z
    .union([z.string(), z.date()], { error: "'date' must be a date such as 2022-09-07" })
    .transform((value) => (typeof value === "string" ? value.trim().slice(0, 10) : value.toISOString().slice(0, 10)))
    .refine(isRealDate, { error: "'date' must be a real day written as YYYY-MM-DD, such as 2022-09-07" })
    .optional(),
  talks: z.unknown().optional(),
  /** Set by `npm run import:jekyll`: what the import could not repair is a warning, not a failed build. */
  imported: z.boolean({ error: "'imported' must be true or false (without quotes)" }).optional(),
});

export type RecapFrontMatter = z.infer<typeof recapFrontMatterSchema>;

export const KNOWN_FIELDS: ReadonlySet<string> = new Set(Object.keys(recapFrontMatterSchema.shape));
