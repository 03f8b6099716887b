/** Runs before `npm start`: the static export's build in .next would serve the site without its redirects and headers. */
import { isExportedBuild } from "../lib/publish/static-export";

if (isExportedBuild(".next")) {
  console.error("npm start: .next holds the build of the static export (npm run export), which has no redirects or security headers. Run npm run build first.");
  process.exit(1);
}
