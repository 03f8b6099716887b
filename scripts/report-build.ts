/** Printed after `next build`: what the on-demand search index costs a visitor who opens search. */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const INDEX = ".next/server/app/search-index.json.body";

if (!existsSync(INDEX)) {
  console.warn(`Search index: not found at ${INDEX}; was /search-index.json built?`);
} else {
  const raw = readFileSync(INDEX);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`Search index: ${kb(raw.length)} (${kb(gzipSync(raw).length)} gzipped), fetched only when the search opens.`);
}
