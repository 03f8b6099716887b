import type { Recap } from "../content/model";

// Characters a glob reads as syntax, written literally in a folder's name.
const escapeGlob = (text: string) => text.replace(/[*?[\]{}()!+@\\]/g, "\\$&");

/**
 * The site paths next/image may optimise (`images.localPatterns`): the folders the recaps' photos
 * live in, or the photo itself when it sits at the root. Anything else is refused with a 400, such
 * as `/_next/image?url=/%5Cevil.example/x.png`, which Next would otherwise read as another host and
 * fail on with a 500.
 */
export function photoPatterns(recaps: readonly Pick<Recap, "photos" | "cover">[]): { pathname: string }[] {
  const patterns = new Set<string>();
  for (const photo of recaps.flatMap((recap) => [...recap.photos, ...(recap.cover ? [recap.cover] : [])])) {
    const parts = photo.src.split("/").filter((part) => part !== "");
    const [folder] = parts;
    if (folder === undefined) continue;
    patterns.add(parts.length > 1 ? `/${escapeGlob(folder)}/**` : `/${escapeGlob(folder)}`);
  }
  return [...patterns].sort().map((pathname) => ({ pathname }));
}
