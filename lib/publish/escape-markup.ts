const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** Text safe inside XML or HTML elements and quoted attributes (the feed, redirect pages). */
export function escapeMarkup(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ENTITIES[char] ?? char);
}
