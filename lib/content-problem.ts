/** One thing wrong (error) or odd (warning) in an organiser's file, with the fix. */
export type ProblemSeverity = "error" | "warning";

export type ContentProblem = { line: number; severity: ProblemSeverity; message: string };

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
