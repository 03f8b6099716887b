/** A throwaway copy of the project to import into and build, for the import test and benchmark. */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const NOT_COPIED: ReadonlySet<string> = new Set(["node_modules", ".next", ".contentlayer", ".git", "bench/tmp", "test-results", "playwright-report", "tsconfig.tsbuildinfo"]);

/**
 * Copies `root` without its build output, with node_modules hard-linked (instant, no extra disk).
 * Not a symlink: Turbopack refuses a node_modules that points outside the project's root.
 */
export function copyProject(root: string): string {
  // Hard links need one filesystem; bench/tmp/ (ignored by git, tsc and eslint) is on the project's.
  const base = statSync(tmpdir()).dev === statSync(root).dev ? tmpdir() : path.join(root, "bench/tmp");
  mkdirSync(base, { recursive: true });
  const copy = mkdtempSync(path.join(base, "cnl-import-"));
  cpSync(root, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(path.relative(root, source).split(path.sep).join("/")) });
  linkTree(path.join(root, "node_modules"), path.join(copy, "node_modules"));
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

export function freePort(): Promise<number> {
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

export type RunningServer = { origin: string; stop: () => void };

/** `npx next start` in `dir`, resolved once it answers; `stop` ends it and its children. */
export async function startNextServer(dir: string, port: number, timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(origin, { redirect: "manual" });
      if (response.status < 500) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer on ${origin} within ${timeoutMs / 1000}s`);
}
