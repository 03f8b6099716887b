import { scalarText } from "../../lib/guards";
import { isRealDate } from "../../lib/content/file-name";
import { slugify } from "../../lib/slug";
import type { JekyllPost } from "./permalink";
import type { JekyllConfig } from "./site";

/** Jekyll's front-matter values read as Jekyll read them: defaults, tags and categories, flags, dates. */

// Jekyll's front-matter defaults (`defaults:` in _config.yml) that apply to this post.
export function withDefaults(data: Record<string, unknown>, source: string, defaults: JekyllConfig["defaults"]): Record<string, unknown> {
  const applying = defaults.filter((entry) => (entry.type === null || entry.type === "posts") && source.startsWith(entry.path.replace(/^\/+/, "")));
  if (applying.length === 0) return data;
  const merged: Record<string, unknown> = {};
  for (const entry of applying) {
    for (const key of ["permalink", "categories", "category"]) {
      if (entry.values[key] !== undefined) merged[key] = entry.values[key];
    }
  }
  return { ...merged, ...data };
}

/** Tags as Jekyll listed them (`tag`, or `tags` split on spaces), then the categories, once each. */
export function jekyllTags(data: Record<string, unknown>): string[] {
  const tags = data.tag !== undefined ? listOf(data.tag, false) : listOf(data.tags, true);
  const seen = new Set<string>();
  return [...tags, ...jekyllCategories(data)].filter((tag) => {
    const key = slugify(tag) || tag;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function jekyllCategories(data: Record<string, unknown>): string[] {
  return [...new Set([...listOf(data.categories, true), ...listOf(data.category, false)])];
}

function listOf(value: unknown, splitText: boolean): string[] {
  if (value === undefined || value === null) return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    const text = scalarText(item)?.trim();
    if (!text) return [];
    return splitText && !Array.isArray(value) ? text.split(/\s+/) : [text];
  });
}

export function readFlag(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  const text = scalarText(value)?.trim().toLowerCase();
  if (text === "true" || text === "yes") return true;
  if (text === "false" || text === "no") return false;
  return null;
}

export function readJekyllDate(value: unknown): { date: string; time: JekyllPost["time"] } | null {
  const text = value instanceof Date ? value.toISOString() : scalarText(value);
  const match = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text ?? "");
  if (!match?.[1] || !isRealDate(match[1])) return null;
  const time = match[2] === undefined ? null : { hour: Number(match[2]), minute: Number(match[3] ?? 0), second: Number(match[4] ?? 0) };
  return { date: match[1], time };
}
