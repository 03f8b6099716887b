/** Finishes `npm run export`: redirect pages for every old address, and a _headers file, in out/. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readGeneratedRecaps } from "../lib/content/generated";
import { securityHeaders } from "../lib/publish/security-headers";
import { siteConfig } from "../lib/site-config";
import { headersFile, staticRedirectPages } from "../lib/publish/static-export";

const OUT = "out";
if (!existsSync(OUT)) {
  console.error("out/ does not exist: run npm run export (it builds the static site first).");
  process.exit(1);
}

let written = 0;
for (const page of staticRedirectPages(readGeneratedRecaps(), siteConfig.shortLinks)) {
  const file = path.join(OUT, page.file);
  if (existsSync(file)) {
    console.warn(`${file}: a real page already lives at this old address; its redirect was not written.`);
    continue;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, page.html);
  written += 1;
}
writeFileSync(path.join(OUT, "_headers"), headersFile(securityHeaders()));
console.log(`Static site in ${OUT}/: ${written} redirect pages for old addresses, and _headers for hosts that read it.`);
