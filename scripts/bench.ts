/**
 * `npm run bench [-- --quick]`: page weight, Lighthouse (beside an empty Next.js page, the floor), build-at-scale and side-by-side-with-Jekyll
 * figures of the production site, printed as tables with PASS/FAIL budget lines and written to
 * tools/bench/results/<date>.json.
 *
 *   --quick           N = 100 only for the build at scale, 30 posts only for Jekyll, one Lighthouse run per page (else 5)
 *   --only=LIST       some of: weight,lighthouse,scale,jekyll (default: all)
 *   --skip-build      reuse the existing .next instead of `npm run build` (for working on the bench)
 *   --keep            keep the build-at-scale copies, Jekyll sites and the floor app (their paths are printed) to inspect them
 */
import { stopAll } from "../tools/bench/processes";
import { runBench } from "../tools/bench/run";

runBench().catch((error: unknown) => {
  stopAll();
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
