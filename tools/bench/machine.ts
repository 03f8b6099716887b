/** The machine the figures came from: they mean little without it. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { isRecord } from "../../lib/guards";
import { chromiumPath } from "./browser";
import { GNU_TIME } from "./processes";

export type Machine = {
  cpuModel: string;
  cpus: number;
  memoryBytes: number;
  os: string;
  node: string;
  npm: string;
  next: string;
  chromium: string;
  /** 1-minute load average when the bench started: other work on the machine skews every figure. */
  loadAverage: number;
  memoryMethod: string;
  commit: string;
};

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

function osName(): string {
  const release = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
}

export function describeMachine(projectRoot: string): Machine {
  const nextPackage: unknown = JSON.parse(readFileSync(`${projectRoot}/node_modules/next/package.json`, "utf8"));
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    cpus: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    os: osName(),
    node: process.version,
    npm: quiet("npm", ["--version"]),
    next: isRecord(nextPackage) && typeof nextPackage.version === "string" ? nextPackage.version : "unknown",
    chromium: quiet(chromiumPath(), ["--version"]).split("\n")[0] ?? "unknown",
    loadAverage: os.loadavg()[0] ?? 0,
    memoryMethod: existsSync(GNU_TIME)
      ? "the process tree's summed PSS sampled every 200 ms; GNU time -v for the largest single process's max RSS"
      : "the process tree's summed PSS sampled every 200 ms (/usr/bin/time not installed)",
    commit: quiet("git", ["-C", projectRoot, "rev-parse", "--short", "HEAD"]),
  };
}
