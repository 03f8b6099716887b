import { isRecord, scalarText } from "../../lib/guards";
import { normaliseYouTubeUrl, YOUTUBE_VIDEO_ID, type YouTubeVideo } from "../../lib/youtube";

/**
 * Liquid left in an archive post's Markdown: what Jekyll would have produced is written in its
 * place where that is certain (`{{ site.baseurl }}`, `{% post_url %}`, `{% highlight %}`…); anything
 * else is left as written and reported. Line breaks are kept, so line numbers stay the source's.
 */

export type LiquidContext = {
  /** _config.yml as data: `{{ site.title }}` reads it. */
  site: Readonly<Record<string, unknown>>;
  /** The post's front matter: `{{ page.title }}` reads it. */
  page: Readonly<Record<string, unknown>>;
  /** `{% post_url 2019-03-06-hello %}` → the post's new address, or null when it was not imported. */
  postUrl: (name: string) => string | null;
  /** `{% link images/x.pdf %}` → the file's address, or null when it is not a file of the site. */
  linkUrl: (path: string) => string | null;
  /** A YouTube player embedded with an include: what to write instead, and the note for the report. */
  embedVideo: (video: YouTubeVideo) => { replacement: string; message: string };
};

export type LiquidNote = { offset: number; message: string };

export type LiquidResult = { text: string; repairs: LiquidNote[]; problems: LiquidNote[] };

type Range = { start: number; end: number };

const CONSTRUCT = /\{\{-?([\s\S]*?)-?\}\}|\{%-?([\s\S]*?)-?%\}/g;
const FOLLOWING_BASEURL = /^\{\{-?\s*site\.baseurl\s*-?\}\}/;

/**
 * Repairs the Liquid in `text`. Unknown Liquid inside code (`inCode`, asked only when some is found)
 * is what the author meant to show, so it is kept silently.
 */
export function repairLiquid(text: string, context: LiquidContext, inCode: (offset: number) => boolean = () => false): LiquidResult {
  const repairs: LiquidNote[] = [];
  const problems: LiquidNote[] = [];
  let output = "";
  let last = 0;
  CONSTRUCT.lastIndex = 0;

  for (let match = CONSTRUCT.exec(text); match; match = CONSTRUCT.exec(text)) {
    const construct = match[0];
    const start = match.index;
    let end = start + construct.length;
    let replacement: string | null;
    let message: string | null = null;

    if (match[1] !== undefined) {
      replacement = evaluateOutput(match[1].trim(), context, text.slice(end));
    } else {
      const tag = (match[2] ?? "").trim();
      const [name = "", ...rest] = tag.split(/\s+/);
      const markup = rest.join(" ");
      const block = name === "raw" || name === "comment" ? closingTag(text, end, name) : null;
      if (block) {
        // Raw text is kept exactly; a comment produced nothing.
        replacement = name === "raw" ? text.slice(end, block.start) : keepLineBreaks(text.slice(start, block.end), "");
        message = name === "raw" ? `removed Liquid '${construct}' and its '{% endraw %}', keeping the text between them` : `removed a Liquid comment ('${oneLine(text.slice(start, block.end))}')`;
        end = block.end;
      } else {
        const tagged = evaluateTag(name, markup, context, aloneOnLine(text, start, end));
        replacement = tagged?.replacement ?? null;
        message = tagged?.message ?? null;
      }
    }

    if (replacement === null) {
      if (!inCode(start)) {
        problems.push({
          offset: start,
          message: `Liquid '${oneLine(construct)}' cannot be worked out by the import and shows as text: replace it with what it produced on the old site, or delete it`,
        });
      }
      continue;
    }
    output += text.slice(last, start) + keepLineBreaks(text.slice(start, end), replacement);
    last = end;
    CONSTRUCT.lastIndex = end;
    repairs.push({ offset: start, message: message ?? (replacement === "" ? `removed Liquid '${construct}'` : `replaced Liquid '${construct}' with '${replacement}'`) });
  }
  return { text: output + text.slice(last), repairs, problems };
}

/** `{{ expression | filter: arg }}` as Jekyll would render it, or null when that is not certain. */
function evaluateOutput(expression: string, context: LiquidContext, after: string): string | null {
  const [base = "", ...filters] = splitOutsideQuotes(expression, "|").map((part) => part.trim());
  let value: string | null;
  if (base === "site.url" || base === "site.github.url") {
    // `{{ site.url }}{{ site.baseurl }}/images/x.jpg` is a path of this site.
    const rest = after.replace(FOLLOWING_BASEURL, "");
    const url = scalarText(context.site.url);
    value = rest.startsWith("/") ? "" : url === null ? null : url.replace(/\/+$/, "");
  } else {
    value = evaluateValue(base, context);
  }
  for (const filter of filters) {
    if (value === null) return null;
    value = applyFilter(value, filter, context);
  }
  return value;
}

function evaluateValue(expression: string, context: LiquidContext): string | null {
  const literal = /^(["'])(.*)\1$/s.exec(expression);
  if (literal) return literal[2] ?? "";
  // The site is served from the root now, so the old base path goes.
  if (expression === "site.baseurl") return "";
  const variable = /^(site|page)\.([\w.-]+)$/.exec(expression);
  if (!variable) return null;
  let current: unknown = variable[1] === "site" ? context.site : context.page;
  for (const key of (variable[2] ?? "").split(".")) {
    current = isRecord(current) ? current[key] : undefined;
  }
  return scalarText(current);
}

function applyFilter(value: string, filter: string, context: LiquidContext): string | null {
  const [name = "", argument] = splitOutsideQuotes(filter, ":").map((part) => part.trim());
  switch (name) {
    case "relative_url":
    case "absolute_url":
      // Both name this site's own path, which is now served from the root.
      return /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("/") ? value : `/${value}`;
    case "prepend":
    case "append": {
      const other = argument === undefined ? null : evaluateValue(argument, context);
      if (other === null) return null;
      return name === "prepend" ? other + value : value + other;
    }
    case "strip":
      return value.trim();
    case "downcase":
      return value.toLowerCase();
    case "upcase":
      return value.toUpperCase();
    default:
      return null;
  }
}

type Tagged = { replacement: string; message?: string } | null;

function evaluateTag(name: string, markup: string, context: LiquidContext, alone: boolean): Tagged {
  switch (name) {
    case "post_url": {
      const url = context.postUrl(markup.trim());
      return url === null ? null : { replacement: url };
    }
    case "link": {
      const url = context.linkUrl(markup.trim());
      return url === null ? null : { replacement: url };
    }
    case "highlight": {
      if (!alone) return null;
      const language = /^([\w+#-]*)/.exec(markup.trim())?.[1] ?? "";
      return { replacement: "```" + language };
    }
    case "endhighlight":
      return alone ? { replacement: "```" } : null;
    case "youtube":
    case "include":
      return includedMedia(name, markup, context);
    default:
      return null;
  }
}

const PARAMETER = /([\w-]+)\s*=\s*("[^"]*"|'[^']*'|\S+)/g;

// `{% include youtube.html id="…" %}`, `{% youtube … %}`, `{% include image.html url="…" %}`: the
// archive's usual embeds; the include's name says what it was.
function includedMedia(name: string, markup: string, context: LiquidContext): Tagged {
  const [first = "", ...rest] = markup.trim().split(/\s+/);
  const includeName = name === "include" ? first : "youtube";
  const parameterText = name === "include" ? rest.join(" ") : markup;
  const parameters = new Map<string, string>();
  for (const [, key = "", raw = ""] of parameterText.matchAll(PARAMETER)) parameters.set(key, unquote(raw));

  if (/youtube|video/i.test(includeName)) {
    const candidate = name === "youtube" ? unquote(first) : parameters.get("id") ?? parameters.get("url") ?? parameters.get("video") ?? parameters.get("youtube_id");
    const video = candidate === undefined ? null : YOUTUBE_VIDEO_ID.test(candidate) ? { videoId: candidate, start: null } : normaliseYouTubeUrl(candidate);
    if (!video) return null;
    return context.embedVideo({ videoId: video.videoId, start: video.start });
  }
  if (/image|figure|img|photo|picture/i.test(includeName)) {
    const sources = ["url", "src", "file", "path", "image"].map((key) => parameters.get(key)).filter((value) => value !== undefined);
    const [source] = sources;
    if (sources.length !== 1 || source === undefined || !/\.(jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i.test(source) || /[{}]/.test(source)) return null;
    const alt = parameters.get("alt") ?? parameters.get("description") ?? parameters.get("caption") ?? parameters.get("title") ?? "";
    return { replacement: `![${alt.replace(/[[\]]/g, "")}](${source})` };
  }
  return null;
}

function closingTag(text: string, from: number, name: string): Range | null {
  const pattern = new RegExp(String.raw`\{%-?\s*end${name}\s*-?%\}`, "g");
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

function aloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  return text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd === -1 ? undefined : lineEnd).trim() === "";
}

/** `replacement`, padded with the line breaks `original` had, so later lines keep their numbers. */
export function keepLineBreaks(original: string, replacement: string): string {
  const missing = countLines(original) - countLines(replacement);
  return missing > 0 ? replacement + "\n".repeat(missing) : replacement;
}

function countLines(text: string): number {
  return text.split("\n").length - 1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === separator && (separator !== ":" || parts.length === 0)) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/s, "$2");
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}
