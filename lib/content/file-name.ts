/** Where a recap's date and slug come from: its file name, as on the old Jekyll site. */
const RECAP_FILE_NAME = /^(\d{4})-(\d{2})-(\d{2})-([a-z0-9][a-z0-9-]*)\.(md|markdown)$/i;

export type RecapFileName = { date: string; slug: string };

export function parseRecapFileName(fileName: string): RecapFileName | null {
  const match = RECAP_FILE_NAME.exec(fileName);
  if (!match) return null;
  const [, year, month, day, slug] = match;
  if (!year || !month || !day || !slug) return null;
  const date = `${year}-${month}-${day}`;
  if (!isRealDate(date)) return null;
  return { date, slug: slug.toLowerCase() };
}

/** True for an existing calendar day written as YYYY-MM-DD (rejects 2022-02-30). */
export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}
