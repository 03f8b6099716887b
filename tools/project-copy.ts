/** Throwaway projects beside this one (a copy to import into and build, or the bench's empty floor app), sharing its node_modules. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const NOT_COPIED: ReadonlySet<string> = new Set(["node_modules", ".next", ".contentlayer", ".git", "tools/bench/tmp", "test-results", "playwright-report", "tsconfig.tsbuildinfo"]);

/**
 * A new, empty project beside `root`, named `<prefix>XXXXXX`, with `root`'s node_modules hard-linked
 * (instant, no extra disk). Not a symlink: Turbopack refuses a node_modules that points outside the
 * project's root.
 */
export function newProject(root: string, prefix: string): string {
  // Hard links need one filesystem; tools/bench/tmp/ (ignored by git, tsc and eslint) is on the project's.
  const base = statSync(tmpdir()).dev === statSync(root).dev ? tmpdir() : path.join(root, "tools/bench/tmp");
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, prefix));
  linkTree(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  // A repository of its own, so Next stops looking for the workspace root here: it takes the
  // outermost lockfile inside the enclosing repository, which for a copy in tools/bench/tmp/ is this
  // project's. Tailwind needs none: app/globals.css names its sources (`source(none)`), and a copy
  // without .git builds the same CSS in the same time (measured for issue #12).
  spawnSync("git", ["init", "--quiet"], { cwd: dir });
  return dir;
}

/** Copies `root` without its build output into a new project (newProject). */
export function copyProject(root: string): string {
  const copy = newProject(root, "cnl-import-");
  cpSync(root, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(root, source).split(path.sep).join("/")) });
  return copy;
}

function linkTree(from: string, to: string): void {
  if (process.platform === "linux" && spawnSync("cp", ["-al", from, to]).status === 0) return;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    const target = path.join(to, entry);
    const stats = lstatSync(source);
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (stats.isDirectory()) linkTree(source, target);
    else linkSync(source, target);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Ends a process group we started detached (its pid is the group id): npm, next and its workers together. */
export function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

export type RunningServer = { origin: string; child: ChildProcess; stop: () => void };

const SERVER_TIMEOUT_MS = 60_000;

/** `npm start` of the built project in `dir` on a free port, resolved once `/` answers 200. */
export async function startNextServer(dir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { origin, child, stop: () => stopProcessGroup(child) };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopProcessGroup(child);
  throw new Error(`npm start did not answer on ${origin} within ${SERVER_TIMEOUT_MS / 1000} s:\n${output}`);
}
