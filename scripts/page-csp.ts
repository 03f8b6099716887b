/**
 * Runs after `next build` (npm run build:next): gives every prerendered page a
 * Content-Security-Policy that allows exactly its own inline scripts, by their hashes, in
 * .next/routes-manifest.json, where `next start` and Vercel read the header rules.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { manifestWithPageRules, pagePolicy, readNextPages } from "../lib/publish/page-csp";

const MANIFEST = ".next/routes-manifest.json";
const APP = ".next/server/app";
// Beyond this a response's headers no longer fit some proxies' default buffer (nginx's is 4 kB).
const LARGE_POLICY_BYTES = 4_000;

try {
  const site = readNextPages(APP);
  writeFileSync(MANIFEST, manifestWithPageRules(readFileSync(MANIFEST, "utf8"), site));
  const sizes = site.pages.map((page) => ({ address: page.address, bytes: Buffer.byteLength(pagePolicy(page, site.fallback)) }));
  const largest = sizes.reduce((top, size) => (size.bytes > top.bytes ? size : top), { address: "", bytes: 0 });
  const counts = site.pages.map((page) => page.hashes.length);
  console.log(
    `Content-Security-Policy: ${site.pages.length} pages allow only their own inline scripts (${Math.min(...counts)}–${Math.max(...counts)} hashes each), ` +
      `any other address the ${site.fallback.length} of the 404 and error pages; the longest policy is ${largest.bytes} bytes (${largest.address}).`,
  );
  if (largest.bytes > LARGE_POLICY_BYTES) {
    console.warn(`warning: the policy of ${largest.address} is ${largest.bytes} bytes: a proxy in front of the site may refuse headers that large. The page inlines that many scripts because it is long; split it.`);
  }
  if (process.env.NEXT_ADAPTER_PATH) {
    console.warn("warning: NEXT_ADAPTER_PATH is set: the deployment adapter received the header rules during next build, before this step, so it will not send the pages' policies.");
  }
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
