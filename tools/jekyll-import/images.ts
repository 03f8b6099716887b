import type { ConvertContext } from "./post";
import { PAGE_EXTENSION } from "./types";

/** The photos and linked files a post uses: repaired paths, and the files to copy. */

export type Resolved = { src: string; note: string | null };

export class ImageResolver {
  constructor(
    private readonly context: ConvertContext,
    private readonly used: Set<string>,
  ) {}

  /** The path to write for a photo, after repairs; the file, when the site has it, is copied. */
  resolve(written: string, coverPhoto: boolean): Resolved {
    const notes: string[] = [];
    let src = written;
    const own = this.ownSitePath(src);
    if (own !== null) {
      notes.push(`'${written}' is on the old site itself: now the site path '${own}'`);
      src = own;
    } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src === "") {
      return { src, note: null };
    }
    if (!src.startsWith("/")) {
      const relative = src.replace(/^(?:\.\.?\/)+/, "");
      const candidates = [`/${relative}`, ...(coverPhoto ? [`/images/${relative}`] : [])];
      const existing = candidates.find((candidate) => this.existing(candidate) !== null);
      if (existing === undefined) return { src, note: null };
      notes.push(`the relative path '${written}' works only from some pages: now '${existing}'`);
      src = existing;
    }
    const sitePath = this.context.files.sitePath(src);
    if (sitePath === null) return { src, note: notes.join("; ") || null };
    if (this.context.files.isFile(sitePath)) {
      this.used.add(sitePath);
      return { src, note: notes.join("; ") || null };
    }
    const other = this.context.files.otherExtension(sitePath);
    if (other !== null) {
      const fixed = src.replace(/[^/?#]*(?=[?#]|$)/, encodeURI(other));
      const fixedPath = this.context.files.sitePath(fixed);
      if (fixedPath !== null && this.context.files.isFile(fixedPath)) {
        this.used.add(fixedPath);
        notes.push(`the image ${src} exists only as ${other}: now '${fixed}'`);
        return { src: fixed, note: notes.join("; ") };
      }
    }
    // Missing from the archive: kept as written, so the content check names it too.
    return { src, note: notes.join("; ") || null };
  }

  /** A link to a file of the site (slides, a PDF, a bigger photo): copied so the link keeps working. */
  linkedFile(href: string): void {
    const own = this.ownSitePath(href) ?? href;
    if (!own.startsWith("/") || own.startsWith("//")) return;
    const sitePath = this.context.files.sitePath(own);
    if (sitePath === null || PAGE_EXTENSION.test(sitePath) || !/\.[a-z0-9]+$/i.test(sitePath) || sitePath.startsWith("/_")) return;
    if (this.context.files.isFile(sitePath)) this.used.add(sitePath);
  }

  private existing(src: string): string | null {
    const sitePath = this.context.files.sitePath(src);
    if (sitePath === null) return null;
    if (this.context.files.isFile(sitePath)) return sitePath;
    return this.context.files.otherExtension(sitePath);
  }

  private ownSitePath(url: string): string | null {
    const match = /^(?:https?:)?\/\/([^/?#]+)(\/[^]*)?$/i.exec(url);
    if (!match?.[1] || !this.context.config.hosts.has(match[1].toLowerCase())) return null;
    return match[2] ?? "/";
  }
}
