import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FileProblem } from "./problems";

// What lets an SVG opened on its own run script in the site's origin.
const ACTIVE_SVG = /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b|<iframe\b|<embed\b|<object\b/iu;

/** Where an SVG could run script, or null: a `<script>`, an `on…=` handler, a `javascript:` link, embedded HTML. */
export function activeSvgContent(svg: string): { line: number; found: string } | null {
  const match = ACTIVE_SVG.exec(svg);
  if (!match) return null;
  return { line: svg.slice(0, match.index).split("\n").length, found: match[0].trim() };
}

export function activeSvgMessage(found: string): string {
  return `this SVG contains '${found}', which would run script on the site when the image is opened on its own: remove it (export the drawing again as a plain SVG), or use a PNG`;
}

/** Every SVG under `publicDir` that could run script, at its line. */
export function findActiveSvgs(publicDir: string): FileProblem[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.svg$/iu.test(entry.name))
    .flatMap((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const active = activeSvgContent(readFileSync(file, "utf8"));
      return active ? [{ file, line: active.line, severity: "error" as const, message: activeSvgMessage(active.found) }] : [];
    });
}
