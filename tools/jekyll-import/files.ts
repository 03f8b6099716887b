import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { sameNameOtherExtension } from "../../lib/content/images";
import { isRecord } from "../../lib/guards";
import { safeDecodeUri } from "../../lib/url";

/** Existence checks against the site's files, cached: a thousand posts share a few folders. */
export class SiteFiles {
  private readonly cache = new Map<string, boolean>();
  private readonly others = new Map<string, string | null>();
  constructor(readonly root: string) {}

  /** The decoded site path (`/images/a b.jpg`) when it names a file inside the site, else null. */
  sitePath(src: string): string | null {
    const clean = safeDecodeUri((src.split(/[?#]/)[0] ?? "").replace(/^\/+/, "/"));
    if (!clean.startsWith("/")) return null;
    const file = path.join(this.root, clean);
    if (!file.startsWith(this.root + path.sep)) return null;
    return clean;
  }

  isFile(sitePath: string): boolean {
    let known = this.cache.get(sitePath);
    if (known === undefined) {
      try {
        known = statSync(path.join(this.root, sitePath)).isFile();
      } catch {
        known = false;
      }
      this.cache.set(sitePath, known);
    }
    return known;
  }

  /** Where a file that is a link (or lies in a linked folder) really is, when that is outside the site. */
  outsideTarget(sitePath: string): string | null {
    try {
      const real = realpathSync(path.join(this.root, sitePath));
      const root = realpathSync(this.root);
      return real.startsWith(root + path.sep) ? null : real;
    } catch {
      return null;
    }
  }

  /** The one file named like `sitePath` with another extension (`.jpeg` for `.jpg`), if any. */
  otherExtension(sitePath: string): string | null {
    let other = this.others.get(sitePath);
    if (other === undefined) {
      const found = sameNameOtherExtension(path.join(this.root, sitePath));
      other = found === null ? null : path.basename(found);
      this.others.set(sitePath, other);
    }
    return other;
  }
}

export function listFileNames(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url.startsWith("//") ? `https:${url}` : url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

export function errorCode(error: unknown): string {
  return isRecord(error) && typeof error.code === "string" ? error.code : String(error);
}

// Code-point order: the same on every machine, whatever its locale.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
