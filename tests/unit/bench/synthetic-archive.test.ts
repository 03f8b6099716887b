import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { checkRecapDirectory } from "../../../lib/content/check";
import { syntheticRecap } from "../../../tools/bench/synthetic-archive";

// The build-at-scale bench is only meaningful if its archive is one the site reads in full.
describe("the bench's synthetic recaps", () => {
  const count = 24;
  const today = new Date("2026-11-21T00:00:00Z");
  const root = mkdtempSync(path.join(tmpdir(), "bench-synthetic-"));
  const recapsDir = path.join(root, "recaps");
  const imagesDir = path.join(root, "public", "images");
  mkdirSync(recapsDir);
  mkdirSync(imagesDir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const recap = syntheticRecap(index, today);
    writeFileSync(path.join(recapsDir, recap.fileName), recap.markdown);
    copyFileSync("public/images/2022-09-07-cloud-native-london-september-2022.jpeg", path.join(imagesDir, recap.imageName));
  }
  const { recaps, problems } = checkRecapDirectory(recapsDir, path.join(root, "public"));

  it("pass the content check without a problem, one recap per month", () => {
    assert.deepEqual(problems, []);
    assert.equal(recaps.length, count);
    assert.equal(new Set(recaps.map((recap) => recap.slug)).size, count);
    assert.equal(recaps.find((recap) => recap.slug === "cloud-native-london-november-2026")?.date, "2026-11-04");
  });

  it("each have three talks with a speaker, company, title, start and three takeaways", () => {
    for (const recap of recaps) {
      assert.equal(recap.talks.length, 3, recap.slug);
      for (const talk of recap.talks) {
        assert.equal(talk.speakers.length, 1, recap.slug);
        assert.ok(talk.company && talk.title && talk.start !== null, `${recap.slug}: ${JSON.stringify(talk)}`);
        assert.equal(talk.takeaways.length, 3, recap.slug);
      }
      assert.ok(recap.videoId && recap.cover && recap.tags.length === 4, recap.slug);
    }
  });

  it("are the same on every run", () => {
    assert.equal(syntheticRecap(7, today).markdown, syntheticRecap(7, today).markdown);
  });
});
