import { parseTimestamp } from "./timestamps";

/** Reading every YouTube link form the archive uses, and building the few URLs the site emits. */

export type YouTubeVideo = { videoId: string; start: number | null };

export const YOUTUBE_EMBED_ORIGIN = "https://www.youtube-nocookie.com";

/** The shape of every YouTube video id. */
export const YOUTUBE_VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const SHORT_HOST = "youtu.be";
const MAIN_HOSTS: ReadonlySet<string> = new Set(["youtube.com", "www.youtube.com", "m.youtube.com"]);
const NOCOOKIE_HOSTS: ReadonlySet<string> = new Set(["youtube-nocookie.com", "www.youtube-nocookie.com"]);
// Path prefixes followed by the id: /live/ID, /embed/ID, /shorts/ID, /v/ID.
const ID_PREFIXES: ReadonlySet<string> = new Set(["live", "embed", "shorts", "v"]);
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The video and start position of a well-formed YouTube URL, or null for anything else. */
export function parseYouTubeUrl(url: string): YouTubeVideo | null {
  const parsed = toHttpsUrl(url);
  if (!parsed) return null;
  const videoId = strictVideoId(parsed);
  return videoId ? { videoId, start: startOf(parsed) } : null;
}

/**
 * Like parseYouTubeUrl, but also reads the malformed links an old archive has (http://, stray
 * spaces, `embed/v=ID`, `youtube.com/ID`, `?` and `&` swapped); `repaired` says one was needed.
 */
export function normaliseYouTubeUrl(url: string): (YouTubeVideo & { repaired: boolean }) | null {
  const strict = parseYouTubeUrl(url);
  if (strict) return { ...strict, repaired: false };

  const cleaned = repairText(url);
  const parsed = toHttpsUrl(cleaned);
  if (!parsed) return null;
  const videoId = strictVideoId(parsed) ?? lenientVideoId(parsed);
  return videoId ? { videoId, start: startOf(parsed), repaired: true } : null;
}

/** The privacy-enhanced embed the site's player uses; `enablejsapi` lets the page seek it. */
export function youTubeEmbedUrl(videoId: string, options: { start?: number | null; autoplay?: boolean } = {}): string {
  let url = `${YOUTUBE_EMBED_ORIGIN}/embed/${encodeURIComponent(videoId)}?enablejsapi=1&rel=0`;
  const start = wholeSeconds(options.start);
  if (start > 0) url += `&start=${start}`;
  if (options.autoplay) url += "&autoplay=1";
  return url;
}

export function youTubeWatchUrl(videoId: string, start?: number | null): string {
  const seconds = wholeSeconds(start);
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}${seconds > 0 ? `&t=${seconds}s` : ""}`;
}

export function youTubeThumbnailUrl(videoId: string): string {
  return `https://i.ytimg.com/vi/${encodeURIComponent(videoId)}/hqdefault.jpg`;
}

function wholeSeconds(start: number | null | undefined): number {
  return typeof start === "number" && Number.isFinite(start) ? Math.floor(start) : 0;
}

// Only https (or no scheme at all) counts as well-formed; http:// is a repair.
function toHttpsUrl(text: string): URL | null {
  if (text === "" || /\s/.test(text)) return null;
  const withScheme = text.startsWith("//") ? `https:${text}` : SCHEME.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "" || url.port !== "") return null;
  return url;
}

function strictVideoId(url: URL): string | null {
  const segments = pathSegments(url);
  const [first, second] = segments;
  let candidate: string | null | undefined = null;
  if (url.hostname === SHORT_HOST) {
    if (segments.length === 1) candidate = first;
  } else if (MAIN_HOSTS.has(url.hostname)) {
    if (first === "watch" && segments.length === 1) candidate = url.searchParams.get("v");
    else if (first !== undefined && ID_PREFIXES.has(first) && segments.length === 2) candidate = second;
  } else if (NOCOOKIE_HOSTS.has(url.hostname)) {
    if ((first === "embed" || first === "v") && segments.length === 2) candidate = second;
  }
  return validId(candidate);
}

// `youtube.com/embed/v=ID` and `youtube.com/ID`: seen in hand-written links of the old archive.
function lenientVideoId(url: URL): string | null {
  if (!MAIN_HOSTS.has(url.hostname) && !NOCOOKIE_HOSTS.has(url.hostname)) return null;
  const segments = pathSegments(url);
  const [first, second] = segments;
  if (first === "embed" && segments.length === 2 && second?.startsWith("v=")) return validId(second.slice(2));
  if (segments.length === 1) return validId(first);
  return null;
}

function pathSegments(url: URL): string[] {
  // A trailing slash ("/embed/ID/") is harmless; empty segments elsewhere are not.
  const path = url.pathname.replace(/\/$/, "");
  return path === "" ? [] : path.slice(1).split("/");
}

function validId(candidate: string | null | undefined): string | null {
  return candidate && YOUTUBE_VIDEO_ID.test(candidate) ? candidate : null;
}

// `t` (watch links) wins over `start` (embeds); a `#t=` fragment is the oldest form.
function startOf(url: URL): number | null {
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ""));
  const value = url.searchParams.get("t") ?? url.searchParams.get("start") ?? fragment.get("t") ?? fragment.get("start");
  return value === null ? null : parseTimestamp(value);
}

function repairText(url: string): string {
  let text = url.replace(/\s+/g, "").replace(/^http:\/\//i, "https://");
  const query = text.indexOf("?");
  if (query === -1) {
    // `youtu.be/ID&t=5`: the query was started with & instead of ?.
    text = text.replace(/&/, "?");
  } else {
    // `watch?v=ID?t=5`: later ? meant &.
    text = text.slice(0, query + 1) + text.slice(query + 1).replace(/\?/g, "&");
  }
  return text;
}
