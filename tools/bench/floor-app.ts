/**
 * The floor of issue #14: the emptiest App Router page Next can serve (one <h1>, one <p>, a root
 * layout with a language, a title and a description so SEO can score, an icon, no CSS, no fonts),
 * built by the project's own `next` and node_modules and served beside the site, so Lighthouse
 * measures what no page of ours can beat, on the same machine in the same run.
 *
 * Written by the bench rather than checked in: as a folder of the repository it would join the site's
 * type check, lint and Tailwind's source scan, and it needs a node_modules of its own that is the
 * project's (hard-linked by newProject). Plain .jsx, so `next build` neither type-checks it nor writes
 * a tsconfig into it.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newProject } from "../project-copy";
import { runTimed, type Server, startServer } from "./processes";

export const FLOOR_PAGE = { name: "floor", path: "/" } as const;

export const FLOOR_FILES: Readonly<Record<string, string>> = {
  "package.json": `${JSON.stringify({ name: "bench-floor", private: true, scripts: { build: "next build", start: "next start" } }, null, 2)}\n`,
  "app/layout.jsx": `export const metadata = {
  title: "Floor: an empty Next.js page",
  description: "The emptiest App Router page, measured by the bench beside the site's pages.",
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  // Without an icon the browser asks for /favicon.ico, and the 404 is a console error that costs Best
  // Practices points no page of the site loses (it has app/icon.svg).
  "app/icon.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n`,
  "app/page.jsx": `export default function Page() {
  return (
    <>
      <h1>Floor</h1>
      <p>An empty Next.js App Router page: what no page of the site can beat.</p>
    </>
  );
}
`,
};

export function writeFloorApp(dir: string): void {
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** The floor app written into a new project, built with `next build` and served by `next start`; stopping it removes it unless kept. */
export async function startFloor(root: string, log: (line: string) => void, options: { keep?: boolean } = {}): Promise<Server> {
  const dir = newProject(root, "cnl-floor-");
  // Like the project copies: kept when something failed, to look at, or when asked.
  const keep = options.keep ?? false;
  try {
    writeFloorApp(dir);
    log(`Floor: an empty Next.js page in ${dir}; running next build…`);
    const run = await runTimed("npm run build", { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: "1" } });
    if (run.exitCode !== 0) {
      const tail = run.lines.slice(-40).map((line) => line.text).join("\n");
      throw new Error(`next build of the floor failed (exit ${run.exitCode}); it is kept in ${dir}:\n${tail}`);
    }
    const server = await startServer(dir);
    log(`  built in ${run.wallSeconds.toFixed(1)} s; serving it at ${server.origin}`);
    return {
      origin: server.origin,
      stop: () => {
        server.stop();
        if (keep) log(`  kept ${dir}`);
        else rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    log(`  kept ${dir}`);
    throw error;
  }
}
