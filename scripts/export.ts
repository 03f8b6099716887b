/** Finishes `npm run export`: social cards with their extension, redirect pages for every old address, and a _headers file, in out/. */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readGeneratedRecaps } from "../lib/content/generated";
import { securityHeaders } from "../lib/publish/security-headers";
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
writeFileSync(path.join(OUT, "_headers"), headersFile(securityHeaders()));
markExportedBuild(".next");
console.log(`Static site in ${OUT}/: ${previews.length} social cards named .png, ${report.written.length} redirect pages for old addresses, and _headers for hosts that read it.`);
