import type { ParsedRecapSource } from "../../lib/content/front-matter";
import { isRecord } from "../../lib/guards";

/** Line numbers: the written file's → the source post's, so every message names the archive's line. */

export function sourceLineMap(output: ParsedRecapSource, source: ParsedRecapSource): (line: number) => number {
  const frontMatter = new Map<number, number>();
  const walk = (value: unknown, at: (string | number)[]) => {
    if (at.length > 0) {
      const line = output.lineOf(at);
      if (!frontMatter.has(line)) frontMatter.set(line, source.lineOf(at));
    }
    if (Array.isArray(value)) value.forEach((item: unknown, index) => walk(item, [...at, index]));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(output.data, []);
  return (line) => (line >= output.bodyStartLine ? line - output.bodyStartLine + source.bodyStartLine : (frontMatter.get(line) ?? 1));
}

export function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return line;
}
