import { readFileSync } from "node:fs";
import path from "node:path";
import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { formatProblem, inFile } from "./lib/content-problem";
import { readRecap } from "./lib/read-recap";

/**
 * Contentlayer only discovers and watches the files: every field is validated and derived by
 * lib/read-recap.ts (the same code `npm run check:content` runs), so there is one boundary.
 */
export const RecapDocument = defineDocumentType(() => ({
  name: "RecapDocument",
  filePathPattern: "recaps/**/*.{md,markdown}",
  contentType: "markdown",
  fields: {},
  computedFields: {
    recap: {
      type: "json",
      resolve: (document) => {
        const file = path.join("content", document._raw.sourceFilePath);
        const { recap, problems } = readRecap(file, readFileSync(file, "utf8"), { publicDir: "public" });
        for (const problem of inFile(file, problems)) console.error(formatProblem(problem));
        return recap;
      },
    },
  },
}));

export default makeSource({
  contentDirPath: "content",
  documentTypes: [RecapDocument],
  onExtraFieldData: "ignore",
  onUnknownDocuments: "skip-ignore",
  disableImportAliasWarning: true,
});
