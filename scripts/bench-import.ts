/** `npm run bench:import [-- --posts N] [--compare] [--keep]`: the import bench (tools/bench/import.ts). */
import { stopAll } from "../tools/bench/processes";
import { benchImport } from "../tools/bench/import";

benchImport().catch((error: unknown) => {
  stopAll();
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
