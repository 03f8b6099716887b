/** Child processes for the bench: timed commands, the production server, and peak memory. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { startNextServer, stopProcessGroup } from "../project-copy";

export const GNU_TIME = "/usr/bin/time";
const SAMPLE_INTERVAL_MS = 200;

/** Every process the bench started and has not yet stopped, so a failure or Ctrl-C can end them. */
const running = new Set<ChildProcess>();

/** Ends a process group the bench started (tools/project-copy.ts), and forgets it. */
function stopGroup(child: ChildProcess): void {
  running.delete(child);
  stopProcessGroup(child);
}

export function stopAll(): void {
  for (const child of [...running]) stopGroup(child);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}
process.once("exit", stopAll);

/** The pids of `root` and all its descendants, from /proc (Linux only). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) is in parentheses and may contain spaces: parse after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we listed it.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * A process's proportional set size (shared pages divided among the processes sharing them, so a
 * tree's sum counts them once), or its RSS where smaps_rollup is unreadable.
 */
function memoryKiB(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // Fall back to RSS below.
  }
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // The process ended.
  }
}

/** Samples the summed memory of a process tree; `stop()` returns the highest sum seen, in bytes. */
function sampleTreeMemory(root: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    const total = processTree(root).reduce((sum, pid) => sum + memoryKiB(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak * 1024;
    },
  };
}

export type TimedRun = {
  wallSeconds: number;
  /** GNU time's "Maximum resident set size": the largest single process in the tree, or null without it. */
  maxProcessRssBytes: number | null;
  /** GNU time's user + system CPU seconds of the whole tree, or null without it. */
  cpuSeconds: number | null;
  /** The summed PSS of the whole process tree, sampled every 200 ms: what the machine must hold at once. */
  treePeakBytes: number;
  /** Each output line with the seconds since the start at which it arrived. */
  lines: { at: number; text: string }[];
  exitCode: number;
};

/** `value` as one word of a `sh -c` command line (runTimed's). */
export const shellQuote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;

export type RunOptions = { cwd: string; env?: Record<string, string> };

/**
 * Runs a shell command in its own process group, timing it and measuring its memory two ways:
 * GNU time's max RSS when /usr/bin/time exists (Debian package `time`), and always the sampled
 * process-tree sum, since `next build` spreads its work over several processes (GNU time only
 * reports the largest one).
 */
export async function runTimed(command: string, options: RunOptions): Promise<TimedRun> {
  const useGnuTime = existsSync(GNU_TIME);
  const argv = useGnuTime ? [GNU_TIME, "-v", "sh", "-c", command] : ["sh", "-c", command];
  const started = performance.now();
  const [file, ...args] = argv as [string, ...string[]];
  const child = spawn(file, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const memory = sampleTreeMemory(child.pid ?? 0);
  const lines: TimedRun["lines"] = [];
  const gnuTimeReport: string[] = [];
  const collect = (stream: NodeJS.ReadableStream, isStderr: boolean) => {
    let buffered = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split("\n");
      buffered = parts.pop() ?? "";
      for (const text of parts) {
        // GNU time writes its report to stderr, indented by a tab, after the command ends.
        if (isStderr && useGnuTime && /^\t[A-Z][^:]*: /.test(text)) {
          gnuTimeReport.push(text);
          continue;
        }
        lines.push({ at: (performance.now() - started) / 1000, text });
      }
    });
  };
  if (child.stdout) collect(child.stdout, false);
  if (child.stderr) collect(child.stderr, true);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve(code ?? 1));
  });
  running.delete(child);
  const wallSeconds = (performance.now() - started) / 1000;
  const treePeakBytes = memory.stop();
  const report = (pattern: RegExp) => gnuTimeReport.map((line) => pattern.exec(line)?.[1]).find((value) => value !== undefined);
  const maxRss = report(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = report(/User time \(seconds\): ([\d.]+)/);
  const system = report(/System time \(seconds\): ([\d.]+)/);
  const cpuSeconds = user !== undefined && system !== undefined ? Number(user) + Number(system) : null;
  return { wallSeconds, maxProcessRssBytes: maxRss === undefined ? null : Number(maxRss) * 1024, cpuSeconds, treePeakBytes, lines, exitCode };
}

export type Server = { origin: string; stop: () => void };

/** The production server of the build in `cwd` (tools/project-copy.ts), ended with the bench. */
export async function startServer(cwd: string): Promise<Server> {
  const { origin, child } = await startNextServer(cwd);
  running.add(child);
  return { origin, stop: () => stopGroup(child) };
}
