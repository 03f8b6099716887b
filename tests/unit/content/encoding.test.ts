import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { readRecapFile } from "../../../lib/content/check";

const RECAP = ["---", 'title: "Cloud Native London March 2019"', "---", "", "We met at the Café Nero on Old Street.", ""].join("\n");

function checkBytes(bytes: Uint8Array) {
  const dir = mkdtempSync(path.join(tmpdir(), "encoding-"));
  try {
    const file = path.join(dir, "2019-03-20-cloud-native-london-march-2019.md");
    writeFileSync(file, bytes);
    return readRecapFile(file, "public");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a recap saved in another encoding", () => {
  it("is an error at its first bad line, naming the encoding and the word as meant", () => {
    const { recap, problems } = checkBytes(Buffer.from(RECAP, "latin1"));
    assert.equal(recap, null);
    const [problem] = problems;
    assert.equal(problem?.line, 5);
    assert.match(problem?.message ?? "", /not saved as UTF-8 \(it looks like Latin-1 \(ISO-8859-1\)\): 'Café' would show as 'Caf\uFFFD'/);
  });

  it("tells Windows-1252 by its curly quotes", () => {
    const bytes = Buffer.concat([Buffer.from(RECAP.replace("Café Nero", "pub"), "utf8"), Buffer.from([0x49, 0x92, 0x6c, 0x6c, 0x0a])]);
    assert.match(checkBytes(bytes).problems[0]?.message ?? "", /Windows-1252\): 'I’ll'/);
  });

  it("shows the word without the quotes around it", () => {
    const bytes = Buffer.from(RECAP.replace("at the Café Nero", 'at "Café" Nero'), "latin1");
    assert.match(checkBytes(bytes).problems[0]?.message ?? "", /: 'Café' would show as 'Caf\uFFFD'/);
  });

  it("reads UTF-8 as it is", () => {
    assert.ok(checkBytes(Buffer.from(RECAP, "utf8")).problems.every((problem) => !/UTF-8/.test(problem.message)));
  });
});
