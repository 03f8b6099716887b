import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { safeDecodeUri } from "../url";

export type ImageFile = { src: string; width: number; height: number };

export type ImageLookup =
  | { found: true; image: ImageFile }
  | { found: false; reason: string };

/** Reads a site image's real size at build time, so pages reserve its space (no layout shift). */
export function lookUpPublicImage(src: string, publicDir: string): ImageLookup {
  const decoded = safeDecodeUri(src.split(/[?#]/)[0] ?? src);
  const root = path.resolve(publicDir);
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return { found: false, reason: `the image ${src} points outside public/: use a path such as /images/<name>` };
  if (!existsSync(file)) {
    const alternative = sameNameOtherExtension(file);
    const hint = alternative
      ? `: did you mean ${path.extname(alternative)}? public/${path.relative(root, alternative)} exists`
      : `: put the photo at public${decoded}, or fix the path`;
    return { found: false, reason: `the image ${src} does not exist under public/${hint}` };
  }
  // A symbolic link out of the folder (to /etc/hosts, say) would be read, then served, as if it were a photo.
  const real = realpathSync(file);
  if (!real.startsWith(realpathSync(root) + path.sep)) {
    return { found: false, reason: `the image ${src} is a link to ${real}, outside public/, which the site never serves: put the photo itself at public${decoded}` };
  }
  try {
    const { width, height } = imageSize(readFileSync(file));
    return { found: true, image: { src: decoded, width, height } };
  } catch {
    return { found: false, reason: `the image ${src} is not a readable image file: re-export it as JPEG, PNG or WebP` };
  }
}

/** `x.jpg` asked for, `x.jpeg` on disk (the archive's most common broken photo). */
export function sameNameOtherExtension(file: string): string | null {
  const dir = path.dirname(file);
  if (!existsSync(dir)) return null;
  const stem = path.basename(file, path.extname(file)).toLowerCase();
  const wanted = path.basename(file);
  const matches = readdirSync(dir).filter(
    (name) => name !== wanted && path.basename(name, path.extname(name)).toLowerCase() === stem && /\.(jpe?g|png|webp|gif|avif)$/i.test(name),
  );
  return matches.length === 1 && matches[0] ? path.join(dir, matches[0]) : null;
}

// `d`: the position of the src inside the tag, for the importer's rewrite of it.
const HTML_IMG = /<img\b[^>]*?\bsrc\s*=\s*(["'])([^"']+)\1[^>]*>/dgi;
const HTML_ALT = /\balt\s*=\s*["']([^"']*)["']/i;

/** An `<img>` in raw HTML: its src and alt, where the tag starts and where its src starts. */
export type HtmlImage = { src: string; alt: string; index: number; srcIndex: number };

/** Every `<img src="…">` in a piece of raw HTML (recaps may contain it, as the archive does). */
export function htmlImages(html: string): HtmlImage[] {
  return [...html.matchAll(HTML_IMG)].map((match) => ({
    src: match[2] ?? "",
    alt: HTML_ALT.exec(match[0])?.[1] ?? "",
    index: match.index,
    srcIndex: match.indices?.[2]?.[0] ?? match.index,
  }));
}
