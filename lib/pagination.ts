/**
 * Lists that grow with the archive (/recaps, a tag's recaps) are split into pages, so no page grows
 * without bound. A page holds a decade of monthly meetups, so a real archive still fits on the first.
 */
export const RECAPS_PER_PAGE = 120;

export type Page<T> = { items: T[]; page: number; pageCount: number };

/** Page `page` (from 1) of `items`, or null when there is no such page; an empty list has one empty page. */
export function pageOf<T>(items: readonly T[], page: number, size = RECAPS_PER_PAGE): Page<T> | null {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount };
}

/** A list's address on a page: the first page at the list's own address, the others under `/page/<n>`. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}

/**
 * The page numbers a `/page/<n>` route prerenders: every page, the first too (its canonical address is
 * the list's own), since a static export refuses a route with no pages at all.
 */
export function pageNumbers(itemCount: number, size = RECAPS_PER_PAGE): number[] {
  const pageCount = Math.max(1, Math.ceil(itemCount / size));
  return Array.from({ length: pageCount }, (_, index) => index + 1);
}

/** "2" as a page number; anything else (" 2", "02", "two") is no page. */
export function parsePage(value: string): number | null {
  return /^[1-9]\d*$/.test(value) ? Number(value) : null;
}
