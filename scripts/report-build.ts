/** Printed after `next build`: what the on-demand search indexes cost a visitor who opens search. */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { SEARCH_INDEXES } from "../lib/search-schema";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sizes = SEARCH_INDEXES.map(({ url }) => {
  const file = `.next/server/app${url}.body`;
  if (!existsSync(file)) return `${url} not found at ${file}`;
  const raw = readFileSync(file);
  return `${url} ${kb(raw.length)} (${kb(gzipSync(raw).length)} gzipped)`;
});
console.log(`Search indexes, fetched in this order only when the search opens: ${sizes.join(", then ")}.`);
