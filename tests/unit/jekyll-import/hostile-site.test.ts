/**
 * The hostile archive (tests/fixtures/hostile-site, issue #12) planned into this project, read-only:
 * every hostile post or file is named at its line with the reason, and what is imported passes the
 * build's own content check. tests/import/import-and-build.test.ts then builds and serves it.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { checkAcrossFiles, listRecapFiles, readRecapFile } from "../../../lib/content/check";
import { parseRecapSource } from "../../../lib/content/front-matter";
import { formatProblem } from "../../../lib/content/problems";
import { formatRepair, planJekyllImport } from "../../../tools/jekyll-import/plan";
import { GENERATED_POSTS, materialiseHostileSite } from "../../import/hostile-site";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const workspace = mkdtempSync(path.join(tmpdir(), "hostile-site-"));
after(() => rmSync(workspace, { recursive: true, force: true }));

const hostile = materialiseHostileSite(workspace);
// This project as the target: its app/ routes, public/ files and recaps are what a redirect must not take over.
const plan = planJekyllImport(hostile.site, { projectDir: ROOT });
const problemsOf = (file: string) => plan.problems.filter((problem) => problem.file === file).map((problem) => [problem.line, problem.severity, problem.message]);
const written = (slug: string) => {
  const post = plan.posts.find((candidate) => candidate.slug === slug);
  const write = plan.writes.find((candidate) => candidate.target === post?.target);
  assert.ok(write?.kind === "write", `${slug} is not imported`);
  return write.content;
};

describe("importing the hostile archive", () => {
  it("names every hostile post and file at its line, and nothing else", () => {
    assert.equal(plan.fatal, null);
    assert.deepEqual(
      plan.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.severity}`),
      [
        "_posts/2024-01-10-takes-over-home.md:3: warning",
        "_posts/2024-01-17-takes-over-addresses.md:5: warning",
        "_posts/2024-01-17-takes-over-addresses.md:6: warning",
        "_posts/2024-01-17-takes-over-addresses.md:7: warning",
        "_posts/2024-01-24-permalink-over-the-feed.md:3: warning",
        "_posts/2024-01-31-photos-that-are-links.md:3: warning",
        "_posts/2024-01-31-photos-that-are-links.md:8: warning",
        "_posts/2024-02-07-climbing-out.md:4: warning",
        "_posts/2024-02-07-climbing-out.md:5: warning",
        "_posts/2024-04-03-control-in-title.md:2: error",
        "_posts/2024-04-17-slides-that-run-script.md:3: warning",
        "_posts/2024-05-01-frames-that-run-script.md:7: warning",
        "_posts/2024-05-01-frames-that-run-script.md:9: warning",
        `${GENERATED_POSTS.linkedPost}:1: error`,
        `${GENERATED_POSTS.nulInBody}:7: error`,
        `${GENERATED_POSTS.emphasisMarks}:7: error`,
        `${GENERATED_POSTS.nestedQuotes}:7: error`,
        "images/handler.svg:3: error",
        "images/hosts.jpeg:1: error",
        "images/linked/room.jpeg:1: error",
        "images/scripted.svg:3: error",
      ],
      plan.problems.map(formatProblem).join("\n"),
    );
    assert.deepEqual(plan.repairs.map(formatRepair), [
      "_posts/2024-04-10-latin-1.md:2: the file was not saved as UTF-8, from this line on: read it as Windows-1252 (which covers Latin-1) and wrote it as UTF-8, so 'Café' reads as meant",
      "_posts/2024-04-24-style-block.md:7: removed a <style> block: the site keeps its own look (the page would drop it anyway)",
    ]);
  });

  it("leaves out an old address that would take over /, /recaps, /feed.xml or another recap, and still imports the post", () => {
    assert.deepEqual(problemsOf("_posts/2024-01-10-takes-over-home.md"), [[3, "warning", "left out: the old address '/' is the page /: a redirect there would take it over; it does not redirect here"]]);
    assert.deepEqual(
      problemsOf("_posts/2024-01-17-takes-over-addresses.md").map(([line, , message]) => [line, message]),
      [
        [5, "left out: the old address '/recaps' is the page /recaps: a redirect there would take it over; it does not redirect here"],
        [6, "left out: the old address '/feed.xml' is the site's own /feed.xml: a redirect there would take it over; it does not redirect here"],
        [7, "left out: the old address '/recaps/lodz-and-gdansk' is the page /recaps/lodz-and-gdansk: a redirect there would take it over; it does not redirect here"],
      ],
    );
    // The harmless address of the same list is kept.
    assert.deepEqual(parseRecapSource(written("takes-over-addresses")).data.redirect_from, ["/old-address/"]);
    assert.equal(parseRecapSource(written("takes-over-home")).data.redirect_from, undefined);
  });

  it("does not redirect a permalink that was the feed's address, naming the permalink's line", () => {
    assert.match(String(problemsOf("_posts/2024-01-24-permalink-over-the-feed.md")[0]?.[2]), /^left out: the old address '\/feed\.xml' is the site's own \/feed\.xml/);
    assert.equal(parseRecapSource(written("permalink-over-the-feed")).data.redirect_from, undefined);
  });

  it("leaves out an address that climbs out of the site, plain or percent-encoded, at its line", () => {
    const messages = problemsOf("_posts/2024-02-07-climbing-out.md").map(([, , message]) => String(message));
    assert.equal(messages.length, 2);
    for (const message of messages) assert.match(message, /^left out: the redirect_from address '.*x' contains '\.\.', which would point outside the site/);
    assert.equal(parseRecapSource(written("climbing-out")).data.redirect_from, undefined);
  });

  it("never reads a photo through a link out of the site: the post's line says so, and nothing is copied", () => {
    const messages = problemsOf("_posts/2024-01-31-photos-that-are-links.md").map(([, , message]) => String(message));
    assert.match(messages[0] ?? "", new RegExp(`^the image /images/hosts\\.jpeg is a link to ${hostile.linkedFile}, outside public/`));
    assert.match(messages[1] ?? "", /^the image \/images\/linked\/room\.jpeg is a link to .*outside\/photos\/room\.jpeg, outside public\//);
    const copied = plan.writes.filter((write) => write.kind === "copy").map((write) => write.target);
    assert.deepEqual(copied, ["public/images/plain.svg"], "only the plain drawing is copied");
  });

  it("refuses a control character at its line and column instead of writing it escaped into the title", () => {
    assert.deepEqual(problemsOf("_posts/2024-04-03-control-in-title.md"), [
      [2, "error", "not imported: the invisible control character U+0001 is at column 24: delete it (it usually comes with text pasted from another program); then run the import again"],
    ]);
    assert.ok(!plan.posts.some((post) => post.slug === "control-in-title"));
    assert.match(String(problemsOf(GENERATED_POSTS.nulInBody)[0]?.[2]), /U\+0000 is at column 7/);
  });

  it("refuses Markdown made to exhaust the parser at its line, in well under a second each, instead of overflowing the stack", () => {
    const started = performance.now();
    const again = planJekyllImport(hostile.site, { projectDir: ROOT });
    assert.ok(performance.now() - started < 5_000, "the whole archive plans in seconds");
    assert.match(String(again.problems.find((problem) => problem.file === GENERATED_POSTS.nestedQuotes)?.message), /^not imported: quotes or lists are nested 10000 deep here/);
    assert.match(String(again.problems.find((problem) => problem.file === GENERATED_POSTS.emphasisMarks)?.message), /^not imported: this paragraph has more than 1500 '\*' and '_' marks/);
  });

  it("removes a frame whose source is javascript:, quoted or not, rather than turning it into a link", () => {
    const body = parseRecapSource(written("frames-that-run-script")).body;
    assert.ok(!/javascript:alert/i.test(body), body);
    assert.ok(!body.includes("<iframe"), body);
    // Line for line: the text after the frames stays on its line, so later messages stay right.
    assert.equal(body.split("\n").indexOf("The text after them."), 7);
    assert.match(String(problemsOf("_posts/2024-05-01-frames-that-run-script.md")[0]?.[2]), /^removed a frame whose source 'javascript:alert\(document\.domain\)' is not a web address/);
  });

  it("removes a <style> block, saying so at its line", () => {
    const body = parseRecapSource(written("style-block")).body;
    assert.ok(!body.includes("display: none") && !body.includes("<style"), body);
  });

  it("writes the unicode titles as they were, and a Latin-1 post as UTF-8", () => {
    const titles = new Map(plan.posts.map((post) => [post.slug, post.title]));
    assert.equal(titles.get("launch-night"), "Launch night 🎉🚀 at the Barbican");
    assert.equal(titles.get("lodz-and-gdansk"), "Łódź i Gdańsk: zażółć gęślą jaźń");
    assert.equal(titles.get("istanbul"), "İstanbul’da ılık bir akşam: Işıl ve Ömer");
    assert.equal(titles.get("oblachnyi-london"), "Облачный Лондон: Кубернетес для всех");
    assert.equal(titles.get("nefos"), "Νέφος στο Λονδίνο: Γιώργος και Ελένη");
    assert.equal(titles.get("cjk"), "云原生伦敦 · クラウドネイティブ · 클라우드 네이티브");
    assert.equal(titles.get("latin-1"), "Café night");
    assert.match(written("latin-1"), /naïve café crème/);
  });

  it("writes only recaps the build's content check accepts, with this project's own beside them", () => {
    const project = path.join(workspace, "project");
    const recapsDir = path.join(project, "content/recaps");
    mkdirSync(recapsDir, { recursive: true });
    for (const write of plan.writes) if (write.kind === "write") writeFileSync(path.join(project, write.target), write.content);
    const files = [...listRecapFiles(path.join(ROOT, "content/recaps")), ...listRecapFiles(recapsDir)].map((file) => readRecapFile(file, path.join(ROOT, "public")));
    const errors = checkAcrossFiles(files, { appDir: path.join(ROOT, "app"), publicDir: path.join(ROOT, "public") }).problems.filter((problem) => problem.severity === "error");
    assert.deepEqual(errors.map(formatProblem), []);
  });
});
