import { readFileSync } from "node:fs";
import path from "node:path";
import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { type CheckedFile, checkAcrossFiles, listRecapFiles, readRecapFile, reportContentCheck } from "./lib/content/check";
import { type ContentProblem, contentProblemSchema, hasErrors } from "./lib/content/problems";
import { parseGeneratedRecap } from "./lib/content/generated";
import { readRecap, type RecapReading } from "./lib/content/read-recap";

const CONTENT_DIR = "content";

/**
 * Both computed fields come from one read of the file: Contentlayer resolves them with the same
 * document object, made afresh on every run (so a photo added under public/ is seen in dev too).
 */
const readings = new WeakMap<object, RecapReading>();

function readRecapDocument(document: { _raw: { sourceFilePath: string } }): RecapReading {
  const known = readings.get(document);
  if (known) return known;
  const file = path.join(CONTENT_DIR, document._raw.sourceFilePath);
  const reading = readRecap(file, readFileSync(file), { publicDir: "public" });
  readings.set(document, reading);
  return reading;
}

/**
 * Contentlayer leaves out, with only a warning, a file whose front matter it cannot parse: the
 * content check reads those itself, so a broken file is an error at its line, never a missing page.
 */
function skippedFiles(generated: ReadonlySet<string>): CheckedFile[] {
  return listRecapFiles(path.join(CONTENT_DIR, "recaps"))
    .filter((file) => !generated.has(file))
    .map((file) => {
      const checked = readRecapFile(file, "public");
      if (hasErrors(checked.problems)) return checked;
      const skipped: ContentProblem = { line: 1, severity: "error", message: "the build left this file out: name it YYYY-MM-DD-<slug>.md (lower-case .md or .markdown)" };
      return { ...checked, recap: null, problems: [...checked.problems, skipped] };
    });
}

/**
 * Contentlayer only discovers and watches the files: every field is validated and derived by
 * lib/content/read-recap.ts (the same code `npm run check:content` runs), so there is one boundary, and
 * each file is read once per build.
 */
export const RecapDocument = defineDocumentType(() => ({
  name: "RecapDocument",
  filePathPattern: "recaps/**/*.{md,markdown}",
  contentType: "markdown",
  fields: {},
  computedFields: {
    recap: { type: "json", resolve: (document) => readRecapDocument(document).recap },
    problems: { type: "json", resolve: (document) => readRecapDocument(document).problems },
  },
}));

export default makeSource({
  contentDirPath: CONTENT_DIR,
  documentTypes: [RecapDocument],
  onExtraFieldData: "ignore",
  onUnknownDocuments: "skip-ignore",
  disableImportAliasWarning: true,
  // The site renders recaps with lib/render/markdown.ts; Contentlayer's own HTML of each body would only
  // double the generated data (and the bundle that carries it).
  markdown: (builder) => {
    builder.use(function skipContentlayerHtml() {
      Object.assign(this, { parser: () => ({ type: "root", children: [] }), compiler: () => "" });
    });
  },
  // The content check, over the generated documents (cached ones included): every problem as
  // FILE:LINE, with what to do.
  onSuccess: async (importData) => {
    const { allRecapDocuments } = await importData();
    const generated: CheckedFile[] = allRecapDocuments.map((document) => {
      const file = path.join(CONTENT_DIR, document._raw.sourceFilePath);
      const problems = contentProblemSchema.array().parse(document.problems);
      return { file, problems, recap: document.recap === null ? null : parseGeneratedRecap(document.recap, file) };
    });
    const files = [...generated, ...skippedFiles(new Set(generated.map((checked) => checked.file)))];
    // A build stops here, before `next build`; `contentlayer2 dev` keeps watching for the fix.
    const watching = process.argv.includes("dev");
    const errors = reportContentCheck(checkAcrossFiles(files), watching ? "save the file: it is checked again" : "run the command again");
    if (errors > 0 && !watching) process.exit(1);
  },
});
