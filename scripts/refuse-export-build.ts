/** Runs before `npm start`: refuses a .next that would serve the site without its redirects and headers, or with pages whose scripts are blocked. */
import { existsSync, readFileSync } from "node:fs";
import { manifestHasPageRules } from "../lib/publish/page-csp";
import { isExportedBuild } from "../lib/publish/static-export";

const MANIFEST = ".next/routes-manifest.json";

if (isExportedBuild(".next")) {
  console.error("npm start: .next holds the build of the static export (npm run export), which has no redirects or security headers. Run npm run build first.");
  process.exit(1);
}
if (existsSync(MANIFEST) && !manifestHasPageRules(readFileSync(MANIFEST, "utf8"))) {
  console.error("npm start: .next was built by next build alone, so no page has the hashes of its inline scripts in its Content-Security-Policy, and browsers would run none of them. Run npm run build.");
  process.exit(1);
}
