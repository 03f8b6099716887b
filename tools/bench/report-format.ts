/** What every section of the bench's report shares: units, text tables and budget lines. */

export type Budget = { name: string; target: string; actual: string; status: "pass" | "fail" | "not measured" };

// Decimal units throughout (1 kB = 1,000 bytes, 1 GB = 10^9 bytes): the stricter reading of each budget.
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const GB = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
export const s = (seconds: number) => `${seconds.toFixed(1)} s`;
export const ms = (value: number) => `${Math.round(value)} ms`;

/** A budget line: not measured when the figure is missing (a section failed or was not asked for). */
export function check(name: string, target: string, actual: number | undefined, ok: (value: number) => boolean, show: (value: number) => string): Budget {
  if (actual === undefined || Number.isNaN(actual)) return { name, target, actual: "—", status: "not measured" };
  return { name, target, actual: show(actual), status: ok(actual) ? "pass" : "fail" };
}

/** Text columns (the first `leftColumns`) align left, figures right. */
export function table(headers: string[], rows: string[][], leftColumns = 1): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < leftColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ").trimEnd();
  return [line(headers), widths.map((width) => "─".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}
