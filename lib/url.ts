import type { Talk } from "./content/model";
import { siteConfig } from "./site-config";

export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.url).toString();
}

/** A percent-encoded path decoded, or as written when it is not valid encoding ("100%.jpg"). */
export function safeDecodeUri(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

/** Site paths under public/ only; remote and relative images are not the site's own photos. */
export function isSitePath(src: string): boolean {
  return src.startsWith("/") && !src.startsWith("//");
}

/** A talk's moment in its recap: `?t=` into the recording (a key moment's address), or its section when it has no time. */
export function talkPath(recapUrl: string, talk: Pick<Talk, "start" | "anchor">): string {
  return talk.start === null ? `${recapUrl}#${talk.anchor}` : `${recapUrl}?t=${talk.start}`;
}

/** A talk within its recap, as a link from elsewhere: the player cued at its moment, and scrolled to its section. */
export function talkInRecapPath(recapUrl: string, talk: Pick<Talk, "start" | "anchor">): string {
  return `${recapUrl}${talk.start === null ? "" : `?t=${talk.start}`}#${talk.anchor}`;
}
