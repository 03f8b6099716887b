import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { checkAcrossFiles } from "../../../lib/content/check";
import { planJekyllImport } from "../../../tools/jekyll-import/plan";

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

const SCRIPTED_SVG = ['<svg xmlns="http://www.w3.org/2000/svg">', "  <circle r='4'/>", "  <script>fetch('/steal?c=' + document.cookie)</script>", "</svg>"].join("\n");
const post = (image: string) => ["---", 'title: "Cloud Native London March 2019"', "---", "", `![The room](${image})`, ""].join("\n");

describe("files an archive links to that must never be served", () => {
  const outside = tempDir("outside-");
  writeFileSync(path.join(outside, "hosts"), "127.0.0.1 localhost\n");
  const site = tempDir("jekyll-site-");
  mkdirSync(path.join(site, "_posts"));
  mkdirSync(path.join(site, "images"));
  symlinkSync(path.join(outside, "hosts"), path.join(site, "images/hosts.png"));
  writeFileSync(path.join(site, "images/drawing.svg"), SCRIPTED_SVG);
  writeFileSync(path.join(site, "_posts/2019-03-20-cloud-native-london-march-2019.md"), post("/images/hosts.png"));
  writeFileSync(path.join(site, "_posts/2019-04-17-cloud-native-london-april-2019.md"), post("/images/drawing.svg"));
  writeFileSync(path.join(outside, "2019-05-15-cloud-native-london-may-2019.md"), post("/images/none.png"));
  symlinkSync(path.join(outside, "2019-05-15-cloud-native-london-may-2019.md"), path.join(site, "_posts/2019-05-15-cloud-native-london-may-2019.md"));
  const project = tempDir("import-project-");
  const plan = planJekyllImport(site, { projectDir: project });
  const copied = plan.writes.filter((write) => write.kind === "copy").map((write) => write.target);

  it("never copies a file through a link that leaves the site, and says so", () => {
    assert.ok(!copied.includes("public/images/hosts.png"), copied.join(", "));
    assert.ok(plan.problems.some((problem) => problem.file === "images/hosts.png" && /a link to .*hosts, outside the Jekyll site/.test(problem.message)));
  });

  it("never copies an SVG that runs script, and names its line", () => {
    assert.ok(!copied.includes("public/images/drawing.svg"));
    assert.ok(plan.problems.some((problem) => problem.file === "images/drawing.svg" && problem.line === 3 && /'<script'/.test(problem.message)));
  });

  it("reports a post that is a link instead of skipping it in silence", () => {
    assert.ok(plan.problems.some((problem) => problem.file === "_posts/2019-05-15-cloud-native-london-may-2019.md" && /symbolic link/.test(problem.message)));
    assert.ok(!plan.posts.some((planned) => planned.target.includes("may-2019")));
  });

  it("the content check refuses an SVG in public/ that runs script", () => {
    const publicDir = tempDir("public-");
    mkdirSync(path.join(publicDir, "images"));
    writeFileSync(path.join(publicDir, "images/logo.svg"), SCRIPTED_SVG.replace("<script>", '<a href="javascript:alert(1)"><text>x</text></a><script>'));
    writeFileSync(path.join(publicDir, "images/plain.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>');
    const { problems } = checkAcrossFiles([], { publicDir, appDir: path.join(publicDir, "no-app") });
    assert.deepEqual(
      problems.map((problem) => [path.relative(publicDir, problem.file), problem.line, problem.severity]),
      [["images/logo.svg", 3, "error"]],
    );
  });
});
