/**
 * Jekyll's permalink rules (Jekyll 4), so an imported post's old address can be redirected to its
 * new one. Pure: the importer reads the site; this only turns a template and a post into a URL.
 */
import { DAYS, MONTHS } from "../english-dates";

/** The named styles Jekyll accepts for `permalink:` in _config.yml. */
export const NAMED_PERMALINK_STYLES: Readonly<Record<string, string>> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** What this site assumes when _config.yml sets no permalink: the "pretty" style. */
export const DEFAULT_PERMALINK_STYLE = "pretty";

export type JekyllPost = {
  /** YYYY-MM-DD: the front matter's `date` when set, else the file name's. */
  date: string;
  /** Time of day from the front matter's `date`, when it gave one. */
  time?: { hour: number; minute: number; second: number } | null;
  /** The file name between date and extension as written (case kept), or the front matter's `slug`. */
  slug: string;
  /** From `categories` and `category`, in order, as written. */
  categories: readonly string[];
  /** Path inside the site, e.g. `_posts/2019-03-06-hello.md`. */
  relativePath: string;
};

export type PermalinkResult = { url: string } | { error: string };

/** A template from a `permalink:` setting: a named style, or the template itself. */
export function permalinkTemplate(setting: string | null | undefined): string {
  const style = (setting ?? "").trim() || DEFAULT_PERMALINK_STYLE;
  return NAMED_PERMALINK_STYLES[style] ?? style;
}

/** The address Jekyll published `post` at under `template` (after `baseurl`, when set). */
export function jekyllPostUrl(template: string, post: JekyllPost, baseurl = ""): PermalinkResult {
  const values = placeholders(post);
  if (!values) return { error: `the date '${post.date}' is not a real day` };
  let unknown: string | null = null;
  // `[a-z_]+` as Jekyll reads it; a trailing `_` may be a literal ("/:month_:day").
  const filled = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const key = name in values ? name : name.endsWith("_") && name.slice(0, -1) in values ? name.slice(0, -1) : null;
    if (key === null) {
      unknown ??= match;
      return match;
    }
    return escapePath(values[key] ?? "") + name.slice(key.length);
  });
  if (unknown !== null) return { error: `the permalink '${template}' uses ${unknown}, which Jekyll does not know` };
  const base = baseurl.trim().replace(/\/+$/, "");
  return { url: sanitizeUrl(base === "" ? filled : `${base.startsWith("/") ? "" : "/"}${base}/${filled}`) };
}


function placeholders(post: JekyllPost): Record<string, string> | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(post.date);
  if (!match) return null;
  const [, year = "", month = "", day = ""] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.toISOString().slice(0, 10) !== post.date) return null;
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  const weekday = date.getUTCDay();
  const iso = isoWeek(date);
  const dayOfYear = Math.round((date.getTime() - Date.UTC(Number(year), 0, 1)) / 86_400_000) + 1;
  const categories = [...new Set(post.categories.map((category) => category.toLowerCase()))];
  const extension = /\.[^./]+$/.exec(post.relativePath)?.[0] ?? "";
  const withoutExtension = post.relativePath.slice(0, post.relativePath.length - extension.length);
  const baseName = withoutExtension.split("/").pop() ?? withoutExtension;
  return {
    year,
    month,
    day,
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    short_year: year.slice(2),
    hour: pad(post.time?.hour ?? 0),
    minute: pad(post.time?.minute ?? 0),
    second: pad(post.time?.second ?? 0),
    y_day: pad(dayOfYear, 3),
    week: pad(iso.week),
    w_year: String(iso.year),
    w_day: String(weekday === 0 ? 7 : weekday),
    short_day: (DAYS[weekday] ?? "").slice(0, 3),
    long_day: DAYS[weekday] ?? "",
    short_month: (MONTHS[Number(month) - 1] ?? "").slice(0, 3),
    long_month: MONTHS[Number(month) - 1] ?? "",
    title: jekyllSlugify(post.slug, "pretty"),
    slug: jekyllSlugify(post.slug, "default").toLowerCase(),
    name: jekyllSlugify(baseName, "default").toLowerCase(),
    categories: categories.join("/"),
    slugified_categories: categories.map((category) => jekyllSlugify(category, "default").toLowerCase()).join("/"),
    path: withoutExtension.replace(/^_posts/, ""),
    collection: "posts",
    output_ext: ".html",
  };
}

function isoWeek(date: Date): { year: number; week: number } {
  // The Thursday of this ISO week decides its year.
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { year, week };
}

/** Jekyll's `Utils.slugify` in "pretty" mode (case kept, as `:title` uses it) and "default" mode. */
function jekyllSlugify(text: string, mode: "pretty" | "default"): string {
  const pattern = mode === "pretty" ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu;
  return text.replace(pattern, "-").replace(/^-|-$/g, "");
}

// Jekyll percent-encodes a placeholder's value except RFC 3986 path characters.
function escapePath(value: string): string {
  if (/^[a-zA-Z0-9./-]*$/.test(value)) return value;
  return [...value].map((char) => (/[a-zA-Z0-9\-._~!$&'()*+,;=:@/]/.test(char) ? char : encodeURIComponent(char))).join("");
}

function sanitizeUrl(url: string): string {
  return `/${url}`.replaceAll("..", "/").replaceAll("./", "").replace(/\/{2,}/g, "/");
}
