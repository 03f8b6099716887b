import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
/** The static export (`npm run export`), served by a plain static file server. */
export const EXPORT_PORT = PORT + 1;
// Debian's Chromium where it exists (this machine and CI cannot download Playwright's own browser).
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  // The real production site (`next build`, `next start`), and the static export (`npm run export`)
  // on a plain file server. Content is built once by `npm test` before Playwright starts. The export
  // build also rewrites .next, so it runs first; tests start once both servers answer.
  webServer: [
    {
      command: `STATIC_EXPORT=1 npx next build && npx tsx scripts/export.ts && npm run build:next && npm start -- -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // Built as of a day before the configured next meetup, so its card and calendar file exist whatever
      // the date the tests run (the browser's clock is set per test).
      env: { NEXT_TELEMETRY_DISABLED: "1", SITE_BUILD_TIME: "2026-11-21T12:00:00Z" },
    },
    {
      command: `npx serve out --listen tcp://127.0.0.1:${EXPORT_PORT} --no-clipboard`,
      url: `http://127.0.0.1:${EXPORT_PORT}`,
      timeout: 600_000,
      reuseExistingServer: false,
    },
  ],
});
