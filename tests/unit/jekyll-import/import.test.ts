import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { checkAcrossFiles, checkRecapDirectory } from "../../../lib/content/check";
import { formatProblem } from "../../../lib/content/problems";
import { parseRecapSource } from "../../../lib/content/front-matter";
import { formatRepair, planJekyllImport } from "../../../tools/jekyll-import/plan";
import type { ImportPlan, PlannedWrite } from "../../../tools/jekyll-import/types";
import { applyImportPlan, formatImportReport } from "../../../tools/jekyll-import/apply";

const SITE = fileURLToPath(new URL("../../fixtures/jekyll-site", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

function emptyProject(): string {
  const dir = tempDir("import-project-");
  mkdirSync(path.join(dir, "content/recaps"), { recursive: true });
  mkdirSync(path.join(dir, "public"), { recursive: true });
  return dir;
}

/** A Jekyll site made of `files` (path → text), for the variations the fixture does not cover. */
function site(files: Record<string, string>): string {
  const dir = tempDir("jekyll-site-");
  mkdirSync(path.join(dir, "_posts"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function written(plan: ImportPlan, target: string): string {
  const write = plan.writes.find((candidate) => candidate.target === target);
  assert.ok(write?.kind === "write", `no file planned at ${target}`);
  return write.content;
}

function frontMatter(plan: ImportPlan, target: string): Record<string, unknown> {
  return parseRecapSource(written(plan, target)).data;
}

const P = "_posts/";
const MARCH_2017 = `${P}2017-03-08-cloud-native-london-march-2017.md`;
const MAY_2018 = `${P}2018-05-02-Cloud-Native-London-May-2018.markdown`;
const MARCH_2019 = `${P}2019-03-06-cloud-native-london-march-2019.md`;
const OCTOBER_2019 = `${P}2019-10-02-cloud-native-london-october-2019.md`;
const KEYNOTE = `${P}2021-10-15-kubecon-na-2021-keynote.md`;
const ARTICLE = `${P}2022-02-14-why-platform-teams-need-product-managers.md`;
const PODCAST = `${P}2022-06-20-podcast-episode-12-observability.md`;
const JANUARY_2023 = `${P}2023-01-11-cloud-native-london-january-2023.md`;
const BROKEN = `${P}2023-03-01-cloud-native-london-march-2023.md`;

describe("planning the import of the fixture archive", () => {
  const plan = planJekyllImport(SITE, { projectDir: emptyProject() });

  it("imports every readable post, drafts included, and skips the broken one", () => {
    assert.equal(plan.fatal, null);
    assert.deepEqual(plan.unreadable, []);
    assert.deepEqual(
      plan.posts.map((post) => [post.target, post.draft]),
      [
        ["content/recaps/2017-03-08-cloud-native-london-march-2017.md", false],
        ["content/recaps/2018-05-02-cloud-native-london-may-2018.md", false],
        ["content/recaps/2019-03-06-cloud-native-london-march-2019.md", false],
        ["content/recaps/2019-10-02-cloud-native-london-october-2019.md", false],
        ["content/recaps/2020-04-01-cloud-native-london-april-2020.md", true],
        ["content/recaps/2021-10-15-kubecon-na-2021-keynote.md", false],
        ["content/recaps/2022-02-14-why-platform-teams-need-product-managers.md", false],
        ["content/recaps/2022-06-20-podcast-episode-12-observability.md", false],
        ["content/recaps/2023-01-11-cloud-native-london-january-2023.md", false],
      ],
    );
  });

  it("plans a copy of every file the posts use, at the same path under public/, and nothing else", () => {
    const copies = plan.writes.filter((write): write is Extract<PlannedWrite, { kind: "copy" }> => write.kind === "copy");
    assert.deepEqual(
      copies.map((copy) => [copy.target, path.relative(SITE, copy.from), copy.image]),
      [
        ["public/assets/img/podcast-cover.png", "assets/img/podcast-cover.png", true],
        ["public/images/2017-03-08-cloud-native-london-march-2017.jpg", "images/2017-03-08-cloud-native-london-march-2017.jpg", true],
        ["public/images/2018-05-02-cloud-native-london-may-2018.jpeg", "images/2018-05-02-cloud-native-london-may-2018.jpeg", true],
        ["public/images/2019-03-06-cloud-native-london-march-2019.jpeg", "images/2019-03-06-cloud-native-london-march-2019.jpeg", true],
        ["public/images/2020-04-01-cloud-native-london-april-2020.jpeg", "images/2020-04-01-cloud-native-london-april-2020.jpeg", true],
        ["public/images/2021-10-15-kubecon-na-2021-keynote.jpeg", "images/2021-10-15-kubecon-na-2021-keynote.jpeg", true],
        ["public/images/2022-02-14-platform-as-a-product.jpeg", "images/2022-02-14-platform-as-a-product.jpeg", true],
        ["public/images/2023-01-11-cloud-native-london-january-2023.jpeg", "images/2023-01-11-cloud-native-london-january-2023.jpeg", true],
        ["public/slides/kubecon-na-2021-handout.pdf", "slides/kubecon-na-2021-handout.pdf", false],
      ],
    );
  });

  it("reports every repair as FILE:LINE at the source post's line", () => {
    assert.deepEqual(plan.repairs.map(formatRepair), [
      `${MARCH_2017}:7: repaired the video URL 'https://www.youtube.com/embed/v=Q8mK2rT4vW1' → 'https://www.youtube.com/watch?v=Q8mK2rT4vW1'`,
      `${MARCH_2017}:27: repaired the YouTube link 'https://www.youtube.com/embed/v=Q8mK2rT4vW1' → 'https://www.youtube.com/watch?v=Q8mK2rT4vW1'`,
      `${MARCH_2017}:38: removed Liquid '{{site.baseurl}}'`,
      `${MARCH_2017}:40: removed Liquid '{{ site.url }}'`,
      `${MAY_2018}:6: the relative path 'images/2018-05-02-cloud-native-london-may-2018.jpeg' works only from some pages: now '/images/2018-05-02-cloud-native-london-may-2018.jpeg'`,
      `${MAY_2018}:7: repaired the video URL 'https://youtube.com/Zp3Lx9Nc0Ba' → 'https://www.youtube.com/watch?v=Zp3Lx9Nc0Ba'`,
      `${MARCH_2019}:4: repaired 'â€“' → '–'`,
      `${MARCH_2019}:6: the image /images/2019-03-06-cloud-native-london-march-2019.jpg exists only as 2019-03-06-cloud-native-london-march-2019.jpeg: now '/images/2019-03-06-cloud-native-london-march-2019.jpeg'`,
      `${MARCH_2019}:7: normalised the video URL 'https://www.youtube-nocookie.com/embed/Hd7Fq2Ws5Ke?start=90' → 'https://www.youtube.com/watch?v=Hd7Fq2Ws5Ke&t=90s'`,
      `${MARCH_2019}:18: repaired 'Weâ€™re' → 'We’re'`,
      `${MARCH_2019}:22: repaired the YouTube link 'http://youtu.be/Hd7Fq2Ws5Ke?t=94' → 'https://www.youtube.com/watch?v=Hd7Fq2Ws5Ke&t=94s'`,
      `${MARCH_2019}:38: the image /images/2019-03-06-cloud-native-london-march-2019.jpg exists only as 2019-03-06-cloud-native-london-march-2019.jpeg: now '/images/2019-03-06-cloud-native-london-march-2019.jpeg'`,
      `${MARCH_2019}:40: repaired 'Iâ€™ll' → 'I’ll'`,
      `${OCTOBER_2019}:7: normalised the video URL 'https://youtu.be/Rt6Yu1Io9Pa' → 'https://www.youtube.com/watch?v=Rt6Yu1Io9Pa'`,
      `${KEYNOTE}:7: normalised the video URL 'https://youtu.be/Kc21TalkVid' → 'https://www.youtube.com/watch?v=Kc21TalkVid'`,
      `${KEYNOTE}:15: removed an embedded YouTube player of Kc21TalkVid: the page's own player shows it`,
      `${KEYNOTE}:23: replaced Liquid '{{ "/slides/kubecon-na-2021-handout.pdf" | relative_url }}' with '/slides/kubecon-na-2021-handout.pdf'`,
      `${ARTICLE}:12: removed Liquid '{{ site.baseurl }}'`,
      `${ARTICLE}:12: removed kramdown attributes '{: .center-image }': this site does not use them`,
      `${ARTICLE}:22: replaced Liquid '{% highlight yaml %}' with '\`\`\`yaml'`,
      `${ARTICLE}:27: replaced Liquid '{% endhighlight %}' with '\`\`\`'`,
      `${ARTICLE}:29: replaced Liquid '{% post_url 2019-03-06-cloud-native-london-march-2019 %}' with '/recaps/cloud-native-london-march-2019'`,
      `${ARTICLE}:29: removed kramdown attributes '{:target="_blank"}': this site does not use them`,
      `${PODCAST}:12: replaced an embedded player (<iframe src="https://anchor.fm/cloudnativelondon/embed/episodes/Episode-12-Observability-without-the-hype-e1k2m3n">), which this site does not show, with a link to it`,
      `${JANUARY_2023}:16: moved the embedded YouTube player (Jn23Recap_x) to 'video:', the page's own player`,
    ]);
  });

  it("reports every problem it could not repair as FILE:LINE with what to do", () => {
    assert.deepEqual(plan.problems.map(formatProblem), [
      `${OCTOBER_2019}:6: warning: the image /images/2019-10-02-cloud-native-london-october-2019.jpeg does not exist under public/: put the photo at public/images/2019-10-02-cloud-native-london-october-2019.jpeg, or fix the path (imported post: left out of the page)`,
      `${OCTOBER_2019}:14: warning: Liquid '{% include sponsors.html %}' cannot be worked out by the import and shows as text: replace it with what it produced on the old site, or delete it`,
      `${OCTOBER_2019}:28: warning: the talk "Multi-Cloud Payments" starts at 20:00, before the talk "Observability with the Elastic Stack" at 45:00, which is listed first: fix the timestamp, or list the talks in the order of the recording`,
      `${OCTOBER_2019}:34: warning: the image /images/2019-10-02-cloud-native-london-october-2019.jpeg does not exist under public/: put the photo at public/images/2019-10-02-cloud-native-london-october-2019.jpeg, or fix the path (imported post: left out of the page)`,
      `${BROKEN}:4: not imported: the front matter is not valid YAML (Nested mappings are not allowed in compact mappings): check indentation, and wrap values containing ': ' or starting with a quote in double quotes; then run the import again`,
    ]);
    assert.deepEqual(plan.droppedFields, [
      { field: "author", posts: 2 },
      { field: "comments", posts: 1 },
    ]);
  });

  it("keeps every old address: redirect_from as written, and Jekyll's permalink when the site's generic redirect misses it", () => {
    assert.deepEqual(
      plan.posts.map((post) => [post.source, post.oldUrl, post.redirectFrom]),
      [
        [MARCH_2017, "/2017/03/08/cloud-native-london-march-2017/", ["/2017/03/cnl-march/"]],
        [MAY_2018, "/2018/05/02/Cloud-Native-London-May-2018/", ["/2018/05/02/Cloud-Native-London-May-2018/"]],
        [MARCH_2019, "/2019/03/06/cloud-native-london-march-2019/", ["/cnl-march-2019/", "/meetups/2019/march/"]],
        [OCTOBER_2019, "/meetup/2019/10/02/cloud-native-london-october-2019/", ["/meetup/2019/10/02/cloud-native-london-october-2019/"]],
        [`${P}2020-04-01-cloud-native-london-april-2020.md`, "/2020/04/01/cloud-native-london-april-2020/", []],
        [KEYNOTE, "/talks/2021/10/15/kubecon-na-2021-keynote/", ["/talks/2021/10/15/kubecon-na-2021-keynote/"]],
        [ARTICLE, "/articles/2022/02/14/why-platform-teams-need-product-managers/", ["/articles/2022/02/14/why-platform-teams-need-product-managers/"]],
        [PODCAST, "/podcast/2022/06/20/podcast-episode-12-observability/", ["/podcast/2022/06/20/podcast-episode-12-observability/"]],
        [JANUARY_2023, "/2023/01/11/cloud-native-london-january-2023/", []],
      ],
    );
    assert.deepEqual(frontMatter(plan, "content/recaps/2017-03-08-cloud-native-london-march-2017.md").redirect_from, ["/2017/03/cnl-march/"]);
  });

  it("finds every recap's talks in the prose, and none in the other posts", () => {
    assert.deepEqual(
      plan.posts.map((post) => [post.slug, post.talks.map((talk) => `${talk.speakers.join(" & ")} (${talk.company ?? "-"}) ${talk.start ?? "-"}`)]),
      [
        ["cloud-native-london-march-2017", ["Priya Shah (Weaveworks) 250", "Tom Baxter (Container Solutions) 2300", "Lena Fischer (-) 3661"]],
        ["cloud-native-london-may-2018", ["Alice Morgan & Ben Carter (Jetstack) 135", "Rahul Verma (Monzo) 3723", "Sam O'Neill (-) -"]],
        ["cloud-native-london-march-2019", ["Maria Lopez (Red Hat) 94", "Dimitri Ivanov (Sysdig) 2087", "Grace Kim & Oliver Smith (Skyscanner) 4700"]],
        ["cloud-native-london-october-2019", ["Nadia Rahman (HashiCorp) -", "Peter Novak (Elastic) 2700", "Chloe Martin (Form3) 1200"]],
        ["cloud-native-london-april-2020", ["Hannah Lee (Google) 185", "Marco Rossi (Snyk) 2410"]],
        ["kubecon-na-2021-keynote", []],
        ["why-platform-teams-need-product-managers", []],
        ["podcast-episode-12-observability", []],
        ["cloud-native-london-january-2023", ["Ed Welch (Grafana Labs) 312", "Anna Kowalski (Isovalent) 2490", "Kunal Kushwaha (Civo) 4500"]],
      ],
    );
  });

  it("writes front matter the site accepts: one YouTube form, categories as tags, drafts kept, Jekyll-only fields dropped", () => {
    const may = frontMatter(plan, "content/recaps/2018-05-02-cloud-native-london-may-2018.md");
    assert.deepEqual(Object.keys(may), ["layout", "title", "description", "location", "image", "video", "tags", "redirect_from", "imported"]);
    assert.equal(may.video, "https://www.youtube.com/watch?v=Zp3Lx9Nc0Ba");
    assert.deepEqual(may.tags, ["Photos", "Video", "Meetup", "2018"]);
    assert.equal(frontMatter(plan, "content/recaps/2019-03-06-cloud-native-london-march-2019.md").video, "https://www.youtube.com/watch?v=Hd7Fq2Ws5Ke&t=90s");
    assert.deepEqual(frontMatter(plan, "content/recaps/2019-10-02-cloud-native-london-october-2019.md").tags, ["Photos", "Video", "meetup"]);
    assert.deepEqual(frontMatter(plan, "content/recaps/2022-06-20-podcast-episode-12-observability.md").tags, ["Podcast", "Observability"]);
    const keynote = frontMatter(plan, "content/recaps/2021-10-15-kubecon-na-2021-keynote.md");
    assert.deepEqual(keynote.tags, ["Talk", "KubeCon", "2021", "talks"]);
    assert.equal(keynote.slides, "https://speakerdeck.com/oicheryl/what-the-cncf-end-user-community-taught-us");
    const draft = frontMatter(plan, "content/recaps/2020-04-01-cloud-native-london-april-2020.md");
    assert.equal(draft.published, false);
    assert.equal(draft.imported, true);
    assert.equal(frontMatter(plan, "content/recaps/2023-01-11-cloud-native-london-january-2023.md").video, "https://www.youtube.com/watch?v=Jn23Recap_x");
    const description = frontMatter(plan, "content/recaps/2019-03-06-cloud-native-london-march-2019.md").description;
    assert.equal(description, "speakers from Red Hat, Sysdig, and Skyscanner join us at the Cloud Native London meetup March 2019 – our biggest yet");
  });

  it("keeps each body as written, line for line, apart from the repairs", () => {
    for (const post of plan.posts) {
      const source = parseRecapSource(readFileSync(path.join(SITE, post.source), "utf8")).body.split("\n");
      const output = parseRecapSource(written(plan, post.target)).body.split("\n");
      assert.equal(output.length, source.length, post.source);
      const changed = output.filter((line, index) => line !== source[index]).length;
      const repairedLines = new Set(plan.repairs.filter((repair) => repair.file === post.source).map((repair) => repair.line)).size;
      assert.ok(changed <= repairedLines, `${post.source}: ${changed} lines changed, ${repairedLines} repaired`);
    }
    const podcast = written(plan, "content/recaps/2022-06-20-podcast-episode-12-observability.md");
    assert.match(podcast, /^<a href="https:\/\/anchor\.fm\/cloudnativelondon\/embed\/episodes\/Episode-12-Observability-without-the-hype-e1k2m3n">Open the player on anchor\.fm<\/a>$/m);
    const january = written(plan, "content/recaps/2023-01-11-cloud-native-london-january-2023.md");
    assert.match(january, /<blockquote class="twitter-tweet">.*<script async src="https:\/\/platform\.twitter\.com\/widgets\.js" charset="utf-8"><\/script>$/m);
    assert.doesNotMatch(january, /<iframe/);
    assert.doesNotMatch(written(plan, "content/recaps/2021-10-15-kubecon-na-2021-keynote.md"), /\{%|\{\{/);
    assert.match(written(plan, "content/recaps/2022-02-14-why-platform-teams-need-product-managers.md"), /^```yaml\napiVersion: backstage\.io\/v1alpha1\n[^]*?\n```$/m);
  });
});

describe("applying the plan to a project", () => {
  it("--dry-run writes nothing", () => {
    const project = emptyProject();
    const outcome = applyImportPlan(planJekyllImport(SITE, { projectDir: project }), { projectDir: project, dryRun: true, force: false });
    assert.ok(outcome.results.every((result) => result.status === "written"));
    assert.equal(existsSync(path.join(project, "content/recaps/2017-03-08-cloud-native-london-march-2017.md")), false);
    assert.equal(existsSync(path.join(project, "public/images")), false);
  });

  it("imports, passes the content check with the unrepairable as warnings, and changes nothing when run again", () => {
    const project = emptyProject();
    const first = planJekyllImport(SITE, { projectDir: project });
    const outcome = applyImportPlan(first, { projectDir: project, dryRun: false, force: false });
    assert.ok(outcome.results.every((result) => result.status === "written"));
    assert.deepEqual(outcome.problems, []);

    const check = checkRecapDirectory(path.join(project, "content/recaps"), path.join(project, "public"));
    assert.deepEqual(check.problems.filter((problem) => problem.severity === "error"), []);
    assert.equal(check.recaps.length, 9);
    // The check lists what the import could not repair in the same words (the Liquid is the import's own).
    assert.deepEqual(
      check.problems.map((problem) => problem.message),
      first.problems.filter((problem) => problem.file === OCTOBER_2019 && !problem.message.startsWith("Liquid")).map((problem) => problem.message),
    );
    assert.ok(check.problems.every((problem) => problem.severity === "warning" && problem.file.endsWith("2019-10-02-cloud-native-london-october-2019.md")));

    const times = new Map(first.writes.map((write) => [write.target, statSync(path.join(project, write.target)).mtimeMs]));
    const again = planJekyllImport(SITE, { projectDir: project });
    assert.deepEqual(again.writes, first.writes);
    const second = applyImportPlan(again, { projectDir: project, dryRun: false, force: false });
    assert.ok(second.results.every((result) => result.status === "unchanged"));
    for (const [target, time] of times) assert.equal(statSync(path.join(project, target)).mtimeMs, time, target);
    assert.match(formatImportReport(again, second).at(-1) ?? "", /^Imported 9 posts \(1 drafts\) and 8 images; 25 repairs; 5 problems need a human \(listed above\)\.$/);
  });

  it("never overwrites a different file without --force, and says so", () => {
    const project = emptyProject();
    const recap = path.join(project, "content/recaps/2019-03-06-cloud-native-london-march-2019.md");
    const photo = path.join(project, "public/images/2019-03-06-cloud-native-london-march-2019.jpeg");
    mkdirSync(path.dirname(photo), { recursive: true });
    writeFileSync(recap, "---\ntitle: Edited by hand\n---\n");
    writeFileSync(photo, "a better photo");

    const plan = planJekyllImport(SITE, { projectDir: project });
    const refused = applyImportPlan(plan, { projectDir: project, dryRun: false, force: false });
    assert.deepEqual(refused.problems, [
      "content/recaps/2019-03-06-cloud-native-london-march-2019.md: exists; use --force to overwrite",
      "public/images/2019-03-06-cloud-native-london-march-2019.jpeg: exists; use --force to overwrite",
    ]);
    assert.equal(readFileSync(recap, "utf8"), "---\ntitle: Edited by hand\n---\n");
    assert.equal(readFileSync(photo, "utf8"), "a better photo");
    const report = formatImportReport(plan, refused);
    assert.ok(report.includes("content/recaps/2019-03-06-cloud-native-london-march-2019.md: exists; use --force to overwrite"));
    assert.equal(report.at(-1), "Imported 8 posts (1 drafts) and 7 images; 25 repairs; 7 problems need a human (listed above).");

    const forced = applyImportPlan(plan, { projectDir: project, dryRun: false, force: true });
    assert.deepEqual(forced.problems, []);
    assert.equal(forced.results.filter((result) => result.status === "overwritten").length, 2);
    assert.equal(readFileSync(recap, "utf8"), written(plan, "content/recaps/2019-03-06-cloud-native-london-march-2019.md"));
  });
});

describe("archives unlike the fixture", () => {
  const post = (title: string, extra = "", body = "Hello.") => `---\nlayout: post\ntitle: "${title}"\n${extra}---\n\n${body}\n`;

  const permalinkCases = [
    {
      name: "categories and .html from _config.yml",
      config: "permalink: /:categories/:year/:month/:day/:title.html\n",
      hello: "categories: [Meetup]\n",
      expected: [["/meetup/2019/03/06/hello.html"], ["/2019/04/03/again.html"]],
    },
    {
      name: "a baseurl, and a post's own permalink after its redirect_from",
      config: "baseurl: /community\npermalink: /blog/:title/\n",
      hello: "permalink: /hello-world/\nredirect_from: /hi/\n",
      expected: [["/hi/", "/hello-world/"], ["/community/blog/again/"]],
    },
  ];
  for (const { name, config, hello, expected } of permalinkCases) {
    it(`redirects each post's address under a custom permalink: ${name}`, () => {
      const plan = planJekyllImport(
        site({ "_config.yml": config, "_posts/2019-03-06-hello.md": post("Hello", hello), "_posts/2019-04-03-again.md": post("Again") }),
        { projectDir: emptyProject() },
      );
      assert.deepEqual(plan.posts.map((planned) => planned.redirectFrom), expected);
    });
  }

  it("names an unknown placeholder in _config.yml's permalink and falls back to pretty", () => {
    const plan = planJekyllImport(site({ "_config.yml": "title: X\npermalink: /:year/:titel/\n", "_posts/2019-03-06-hello.md": post("Hello") }), { projectDir: emptyProject() });
    assert.deepEqual(plan.problems.map(formatProblem), [
      "_config.yml:2: warning: the permalink '/:year/:titel/' uses :titel, which Jekyll does not know: old addresses assume Jekyll's pretty permalinks; check the setting",
    ]);
    assert.deepEqual(plan.posts[0]?.redirectFrom, []);
  });

  it("gives two posts with one slug different addresses, and redirects the second's old one", () => {
    const project = emptyProject();
    writeFileSync(path.join(project, "content/recaps/2024-01-10-hello.md"), post("Written here"));
    const plan = planJekyllImport(site({ "_posts/2019-03-06-hello.md": post("Hello"), "_posts/2020-03-04-hello.md": post("Hello again") }), { projectDir: project });
    assert.deepEqual(
      plan.posts.map((planned) => [planned.target, planned.redirectFrom]),
      [
        ["content/recaps/2019-03-06-hello-2019.md", ["/2019/03/06/hello/"]],
        ["content/recaps/2020-03-04-hello-2020.md", ["/2020/03/04/hello/"]],
      ],
    );
    assert.deepEqual(plan.repairs.map(formatRepair), [
      "_posts/2019-03-06-hello.md:1: the slug 'hello' is already used by content/recaps/2024-01-10-hello.md: imported as /recaps/hello-2019; its old address redirects there",
      "_posts/2020-03-04-hello.md:1: the slug 'hello' is already used by content/recaps/2024-01-10-hello.md: imported as /recaps/hello-2020; its old address redirects there",
    ]);
  });

  it("reads a post saved as Windows-1252, titles an untitled one as Jekyll did, and reads 'false' as false", () => {
    const latin = Buffer.from("---\ntitle: Caf\xe9 night\n---\n\nI\x92ll be there.\n", "latin1");
    const dir = site({ "_posts/2019-04-03-untitled-meetup_notes.md": "---\nlayout: post\npublished: \"false\"\n---\n\nNotes.\n" });
    writeFileSync(path.join(dir, "_posts/2019-03-06-cafe.md"), latin);
    const plan = planJekyllImport(dir, { projectDir: emptyProject() });
    assert.match(written(plan, "content/recaps/2019-03-06-cafe.md"), /title: Café night\n[^]*I’ll be there\./);
    const untitled = frontMatter(plan, "content/recaps/2019-04-03-untitled-meetup-notes.md");
    assert.equal(untitled.title, "Untitled Meetup Notes");
    assert.equal(untitled.published, false);
    assert.deepEqual(untitled.redirect_from, ["/2019/04/03/untitled-meetup_notes/"]);
    assert.deepEqual(plan.repairs.map(formatRepair), [
      "_posts/2019-03-06-cafe.md:2: the file was not saved as UTF-8, from this line on: read it as Windows-1252 (which covers Latin-1) and wrote it as UTF-8, so 'Café' reads as meant",
      "_posts/2019-04-03-untitled-meetup_notes.md:1: the file name's 'untitled-meetup_notes' is not a valid address here: imported as /recaps/untitled-meetup-notes",
      "_posts/2019-04-03-untitled-meetup_notes.md:1: the post has no title: used 'Untitled Meetup Notes', as the old site did",
      "_posts/2019-04-03-untitled-meetup_notes.md:3: 'published: false' written as published: false",
    ]);
  });

  it("works out the Liquid Jekyll would have, leaves code alone, and reports the rest", () => {
    const body = [
      "Welcome to {{ site.title }}: {{ page.title | upcase }} at {{ site.url }}.",
      "{% comment %}",
      "A note to self.",
      "{% endcomment %}",
      "{% raw %}Helm: {{ .Values.image }}{% endraw %} and `{{ .Release.Name }}`",
      "See [the other post]({% link _posts/2019-03-06-hello.md %}) and ![Stage]({{ 'images/stage.jpeg' | relative_url }}).",
      "{% include image.html url=\"/images/stage.jpeg\" description=\"The stage\" %}",
      "{% youtube Kc21TalkVid %}",
      "{% for talk in page.talks %}{{ talk }}{% endfor %}",
    ].join("\n");
    const dir = site({
      "_config.yml": 'title: Cloud Native London\nurl: "https://cloudnative.london"\n',
      "_posts/2019-03-06-hello.md": post("Hello"),
      "_posts/2019-04-03-liquid.md": post("Liquid", "", body),
      "images/stage.jpeg": "not really a photo",
    });
    const plan = planJekyllImport(dir, { projectDir: emptyProject() });
    assert.equal(
      parseRecapSource(written(plan, "content/recaps/2019-04-03-liquid.md")).body,
      [
        "",
        "Welcome to Cloud Native London: LIQUID at https://cloudnative.london.",
        "",
        "",
        "",
        "Helm: {{ .Values.image }} and `{{ .Release.Name }}`",
        "See [the other post](/recaps/hello) and ![Stage](/images/stage.jpeg).",
        "![The stage](/images/stage.jpeg)",
        "",
        "{% for talk in page.talks %}{{ talk }}{% endfor %}",
        "",
      ].join("\n"),
    );
    assert.equal(frontMatter(plan, "content/recaps/2019-04-03-liquid.md").video, "https://www.youtube.com/watch?v=Kc21TalkVid");
    assert.deepEqual(
      plan.problems.filter((problem) => problem.message.startsWith("Liquid")).map(formatProblem),
      ["{% for talk in page.talks %}", "{{ talk }}", "{% endfor %}"].map(
        (liquid) => `_posts/2019-04-03-liquid.md:14: warning: Liquid '${liquid}' cannot be worked out by the import and shows as text: replace it with what it produced on the old site, or delete it`,
      ),
    );
  });

  it("keeps one player per talk with its talk, so each talk plays its own recording in the page", () => {
    const body = [
      "### Talk 1: Debugging DNS — Wenke Oyelowo, Strandvik",
      "",
      '<iframe src="https://www.youtube.com/embed/Fb21TalkOne"></iframe>',
      "",
      "### Talk 2: Observability for Small Teams — Hamid Rostami, Oriel Health",
      "",
      '<iframe src="https://www.youtube.com/embed/Fb21TalkTwo"></iframe>',
    ].join("\n");
    const plan = planJekyllImport(site({ "_config.yml": "", "_posts/2021-02-17-virtual.md": post("Virtual", "", body) }), { projectDir: emptyProject() });
    const content = written(plan, "content/recaps/2021-02-17-virtual.md");
    assert.doesNotMatch(content, /^video:/m);
    assert.match(content, /^<a href="https:\/\/www\.youtube\.com\/watch\?v=Fb21TalkOne">Watch on YouTube<\/a>$/m);
    assert.match(content, /^<a href="https:\/\/www\.youtube\.com\/watch\?v=Fb21TalkTwo">Watch on YouTube<\/a>$/m);
    assert.deepEqual(
      plan.posts[0]?.talks.map(({ speakers, videoId }) => ({ speakers, videoId })),
      [
        { speakers: ["Wenke Oyelowo"], videoId: "Fb21TalkOne" },
        { speakers: ["Hamid Rostami"], videoId: "Fb21TalkTwo" },
      ],
    );
  });

  it("keeps a video that is not YouTube for the content check, and links the body's player instead of replacing it", () => {
    const body = '<iframe src="https://www.youtube-nocookie.com/embed/Kc21TalkVid"></iframe>\n\n![Stage](https://cloudnative.london/images/stage.jpeg)\n\n![Remote](https://example.com/photo.jpg)';
    const plan = planJekyllImport(
      site({
        "_config.yml": 'url: "https://cloudnative.london"\n',
        "_posts/2019-03-06-vimeo.md": post("Vimeo", "video: https://vimeo.com/12345\n", body),
        "images/stage.jpeg": "not really a photo",
      }),
      { projectDir: emptyProject() },
    );
    const content = written(plan, "content/recaps/2019-03-06-vimeo.md");
    assert.match(content, /^video: https:\/\/vimeo\.com\/12345$/m);
    assert.match(content, /^<a href="https:\/\/www\.youtube\.com\/watch\?v=Kc21TalkVid">Watch on YouTube<\/a>$/m);
    assert.match(content, /^!\[Stage\]\(\/images\/stage\.jpeg\)$/m);
    assert.deepEqual(plan.writes.filter((write) => write.kind === "copy").map((write) => write.target), ["public/images/stage.jpeg"]);
    assert.deepEqual(
      plan.problems.map((problem) => `${problem.line}: ${problem.message.replace(/:.*/, "")}`),
      ["4: 'https", "9: the image /images/stage.jpeg is not a readable image file", "11: the image https"],
    );
  });

  it("cannot import at all without _posts/", () => {
    const plan = planJekyllImport(tempDir("not-jekyll-"), { projectDir: emptyProject() });
    assert.match(plan.fatal ?? "", /_posts: no such folder: give the Jekyll site's folder/);
    assert.deepEqual(plan.writes, []);
  });
});

describe("npm run import:jekyll", () => {
  const tsx = import.meta.resolve("tsx");
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, ["--import", tsx, path.join(ROOT, "scripts/import-jekyll.ts"), ...args], { cwd, encoding: "utf8" });

  it("prints what it would do on --dry-run, then imports, then finds nothing to change", () => {
    const project = emptyProject();
    const dry = run(project, SITE, "--dry-run");
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^would write content\/recaps\/2017-03-08-cloud-native-london-march-2017\.md$/m);
    assert.match(dry.stdout, /^Would import 9 posts \(1 drafts\) and 8 images; 25 repairs; 5 problems need a human \(listed above\)\.$/m);
    assert.equal(existsSync(path.join(project, "content/recaps/2017-03-08-cloud-native-london-march-2017.md")), false);

    const real = run(project, SITE);
    assert.equal(real.status, 0, real.stderr);
    assert.match(real.stdout, /^_posts\/2019-03-06-cloud-native-london-march-2019\.md:40: repaired 'Iâ€™ll' → 'I’ll'$/m);
    assert.match(real.stdout, /^18 file\(s\) written, 0 overwritten, 0 unchanged, 0 refused\.$/m);
    const again = run(project, SITE);
    assert.match(again.stdout, /^0 file\(s\) written, 0 overwritten, 18 unchanged, 0 refused\.$/m);
  });

  it("exits non-zero only when it cannot import at all", () => {
    const missing = run(emptyProject(), tempDir("not-jekyll-"));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /_posts: no such folder/);
    assert.equal(run(emptyProject()).status, 2);
  });
});

describe("the fixture archive's YAML", () => {
  it("is what the old site had: _config.yml parses and sets the pretty permalink", () => {
    const config: unknown = parse(readFileSync(path.join(SITE, "_config.yml"), "utf8"));
    assert.ok(typeof config === "object" && config !== null && "permalink" in config && config.permalink === "pretty");
  });
});

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
