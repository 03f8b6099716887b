/** Finishes `npm run export`: social cards with their extension, redirect pages for every old address, and a _headers file, in out/. */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readGeneratedRecaps } from "../lib/content/generated";
import { readExportedPages } from "../lib/publish/page-csp";
import { siteConfig } from "../lib/site-config";
import { headersFile, markExportedBuild, nameExportedPreviews, planStaticRedirects, writeStaticPages } from "../lib/publish/static-export";

const OUT = "out";
if (!existsSync(OUT)) {
  console.error("out/ does not exist: run npm run export (it builds the static site first).");
  process.exit(1);
}

// The content check refuses such addresses first; this only guards against data that skipped it.
const { pages, refused } = planStaticRedirects(readGeneratedRecaps(), siteConfig.shortLinks);
for (const { reason } of refused) console.error(`error: ${reason}: fix it in the recap's redirect_from (npm run check:content names the line).`);
if (refused.length > 0) process.exit(1);

const previews = nameExportedPreviews(OUT);
const report = writeStaticPages(OUT, pages);
for (const message of report.skipped) console.warn(message);
for (const message of report.refused) console.error(`error: ${message}`);
if (report.refused.length > 0) process.exit(1);
const site = (() => {
  try {
    return readExportedPages(OUT);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
const headers = headersFile(site.pages);
writeFileSync(path.join(OUT, "_headers"), headers);
// Cloudflare Pages reads at most 100 rules, of 2,000 characters a line.
const rules = headers.split("\n").filter((line) => line.startsWith("/")).length;
const longest = Math.max(...headers.split("\n").map((line) => line.length));
if (rules > 100 || longest > 2000) console.warn(`warning: out/_headers has ${rules} rules and lines of up to ${longest} characters; Cloudflare Pages reads only 100 rules of up to 2,000 characters.`);
markExportedBuild(".next");
console.log(`Static site in ${OUT}/: ${previews.length} social cards named .png, ${report.written.length} redirect pages for old addresses, and _headers for hosts that read it (${site.pages.length} pages with their scripts' hashes, ${Math.round(headers.length / 1000)} kB).`);
