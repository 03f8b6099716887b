import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "yaml";
import { parseRecapSource } from "../../../lib/content/front-matter";
import { isRecord } from "../../../lib/guards";
import { writeJekyllSite } from "../../../tools/bench/jekyll-site";
import { syntheticRecap } from "../../../tools/bench/synthetic-archive";
import { planJekyllImport } from "../../../tools/jekyll-import/plan";

// The Jekyll comparison is only fair if Jekyll and the importer both read every post of this site.
describe("the bench's Jekyll site", () => {
  const posts = 12;
  const today = new Date("2026-12-01T00:00:00Z");
  const dir = mkdtempSync(path.join(tmpdir(), "bench-jekyll-site-"));
  const project = mkdtempSync(path.join(tmpdir(), "bench-jekyll-project-"));
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
  before(() => writeJekyllSite(dir, posts, today));
  after(() => {
    for (const temporary of [dir, project]) rmSync(temporary, { recursive: true, force: true });
  });

  it("is a Jekyll site: a config, a default and a post layout with {{ content }}, a home page listing the posts", () => {
    const config: unknown = parse(read("_config.yml"));
    assert.ok(isRecord(config));
    assert.equal(config.permalink, "pretty");
    // This month's meetup may be dated after today; Jekyll skips future posts unless told.
    assert.equal(config.future, true);
    assert.equal(config.plugins, undefined, "Debian's jekyll package ships no plugins");
    for (const layout of ["default", "post"]) assert.match(read(`_layouts/${layout}.html`), /\{\{ content \}\}/);
    assert.match(read("_layouts/post.html"), /^---\nlayout: default\n---\n/);
    assert.match(read("index.html"), /\{% for post in site\.posts %\}/);
  });

  it("has the synthetic recaps as its posts, named YYYY-MM-DD-slug.md, with Jekyll's front matter and their photos", () => {
    const files = readdirSync(path.join(dir, "_posts")).sort();
    assert.equal(files.length, posts);
    for (let index = 0; index < posts; index += 1) {
      const recap = syntheticRecap(index, today);
      assert.ok(files.includes(recap.fileName), recap.fileName);
      assert.match(recap.fileName, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
      const text = read(`_posts/${recap.fileName}`);
      assert.equal(text, recap.markdown);
      const { data, problems } = parseRecapSource(text);
      assert.deepEqual(problems, []);
      assert.equal(data.layout, "post");
      for (const field of ["title", "description", "image", "tags"]) assert.ok(data[field], `${recap.fileName}: ${field}`);
      assert.equal(data.image, `/images/${recap.imageName}`);
      assert.ok(existsSync(path.join(dir, "images", recap.imageName)), recap.imageName);
    }
  });

  it("imports whole with the project's importer: every post, its photo and three talks, nothing for a human to fix", () => {
    const plan = planJekyllImport(dir, { projectDir: project });
    assert.equal(plan.fatal, null);
    assert.deepEqual(plan.problems, []);
    assert.equal(plan.posts.length, posts);
    assert.equal(plan.writes.filter((write) => write.kind === "copy" && write.image).length, posts);
    for (const post of plan.posts) assert.equal(post.talks.length, 3, post.source);
  });
});
