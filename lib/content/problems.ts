import { z } from "zod";

/** One thing wrong (error) or odd (warning) in an organiser's file, with the fix. */
export const contentProblemSchema = z.object({ line: z.number().int().positive(), severity: z.enum(["error", "warning"]), message: z.string() });

export type ContentProblem = z.infer<typeof contentProblemSchema>;

export type ProblemSeverity = ContentProblem["severity"];

export type FileProblem = ContentProblem & { file: string };

export function inFile(file: string, problems: readonly ContentProblem[]): FileProblem[] {
  return problems.map((problem) => ({ ...problem, file }));
}

/** `FILE:LINE: message` — the format editors and terminals turn into a clickable location. */
export function formatProblem(problem: FileProblem): string {
  const label = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}: ${label}${problem.message}`;
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}
