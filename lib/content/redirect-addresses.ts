import { codePointLabel, findControlCharacters, visibleText } from "../control-characters";

/**
 * A `redirect_from` address is a path this site answers with a redirect, and in the static export a
 * file written under out/: it must be a plain path, and one no page, file or other recap owns.
 */

const PLAIN_PATH_EXAMPLE = "write the old address as a plain path, such as /2019/03/06/old-post/";

/** Percent-decoding until nothing changes (three rounds at most): "%252e%252e" is the ".." a server may decode it to. */
export function fullyDecoded(address: string): string {
  let current = address;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** What is wrong with one redirect_from address on its own, with the fix; null for a plain path. */
export function redirectAddressProblem(address: string): string | null {
  const shown = `the redirect_from address '${visibleText(address)}'`;
  const decoded = fullyDecoded(address);
  const [control] = findControlCharacters(decoded);
  if (control) return `${shown} holds the invisible control character ${codePointLabel(control.char)}: delete it`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return `${shown} is a full URL: keep only its path (what follows the domain), such as /2019/03/06/old-post/`;
  if (decoded.includes("\\")) return `${shown} holds a backslash: use '/' between its parts; ${PLAIN_PATH_EXAMPLE}`;
  if (/[?#]/.test(decoded)) return `${shown} has a '?' or '#' part, which no redirect can match: remove it, keeping the path before it`;
  if (decoded.includes("..")) return `${shown} contains '..', which would point outside the site: ${PLAIN_PATH_EXAMPLE}`;
  if (decoded.split("/").includes(".")) return `${shown} has a '.' part: remove it; ${PLAIN_PATH_EXAMPLE}`;
  if (decoded.includes("//")) return `${shown} contains '//' (an empty part, or another site's address): ${PLAIN_PATH_EXAMPLE}`;
  return null;
}

/**
 * One spelling per address, as Next.js matches redirects (in any case, with or without the trailing
 * slash) and as static hosts serve files (a folder's index.html is the folder): two addresses with
 * the same key are the same page.
 */
export function addressKey(address: string): string {
  const path = fullyDecoded(address.trim()).normalize("NFC").toLowerCase();
  const rooted = path.startsWith("/") ? path : `/${path}`;
  const bare = rooted.replace(/\/index\.html?$/, "/").replace(/\/+$/, "");
  return bare === "" ? "/" : bare;
}
