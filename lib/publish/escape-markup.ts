const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/**
 * What XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF, a lone surrogate), and
 * DEL, which is invisible: one such character makes a feed reader reject the whole feed.
 */
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML forbids: the content check reports them, this keeps any that slipped through out of the output. */
export function withoutForbiddenXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "");
}

/** Text safe inside XML or HTML elements and quoted attributes (the feed, redirect pages). */
export function escapeMarkup(text: string): string {
  return withoutForbiddenXmlCharacters(text).replace(/[<>&'"]/g, (char) => ENTITIES[char] ?? char);
}
