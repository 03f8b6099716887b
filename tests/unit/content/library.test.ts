import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkRecapDirectory } from "../../../lib/content/check";
import { buildLibrary, findLikelyDuplicateNames } from "../../../lib/content/library";
import type { Recap, Talk } from "../../../lib/content/model";
import { canonicalName, compactKey, legacySlugify, slugify, tagSlug } from "../../../lib/slug";

describe("slugify", () => {
  it("folds case, accents and punctuation", () => {
    assert.equal(slugify("Dimitris Fínas"), "dimitris-finas");
    assert.equal(slugify("DIMITRIS finas"), "dimitris-finas");
    assert.equal(slugify("A.P. Moller - Maersk"), "a-p-moller-maersk");
    assert.equal(slugify("Marks & Spencer"), "marks-and-spencer");
    assert.equal(slugify("  --  "), "");
  });

  it("spells letters without an ASCII form in ASCII, and never leaves a name without a slug", () => {
    assert.equal(slugify("Łukasz Wróblewski"), "lukasz-wroblewski");
    assert.equal(slugify("Søren"), "soren");
    assert.equal(slugify("Metin Yıldız"), "metin-yildiz");
    assert.equal(slugify("李小龙"), "li-xiao-long");
    assert.equal(slugify("Straße"), "strasse");
    assert.equal(tagSlug("李小龙"), "li-xiao-long");
  });

  it("keeps the slugs it made before for ASCII and for letters that only lose an accent", () => {
    for (const name of ["AT&T", "Dimitris Fínas", "Marks & Spencer", "A.P. Moller - Maersk", "Zoë", "Jürgen Müller", "François", "Ýmir", "①", "OʼNeil"]) {
      assert.equal(slugify(name), legacySlugify(name), name);
    }
    assert.equal(slugify("AT&T"), "at-and-t");
    assert.equal(legacySlugify("Łukasz Wróblewski"), "ukasz-wroblewski");
    assert.equal(legacySlugify("李小龙"), "");
  });

  it("gives 'Control Plane' and 'ControlPlane' one compact key but two slugs", () => {
    assert.equal(compactKey("Control Plane"), compactKey("ControlPlane"));
    assert.notEqual(slugify("Control Plane"), slugify("ControlPlane"));
  });

  it("maps an alias to its canonical spelling", () => {
    assert.equal(canonicalName("Control plane", { ControlPlane: ["Control Plane"] }), "ControlPlane");
    assert.equal(canonicalName("Kong", { ControlPlane: ["Control Plane"] }), "Kong");
  });
});

const talk = (speakers: string[], company: string | null, start: number, line: number): Talk => ({
  speakers, doubts: [],
  company,
  title: `Talk at ${start}`,
  start,
  videoId: "En88atN_VgI",
  takeaways: [],
  anchor: `talk-${start}`,
  line,
  speakerSlugs: speakers.map(slugify),
  companySlug: company === null ? null : slugify(company),
});

const recap = (slug: string, date: string, talks: Talk[]): Recap => ({
  slug,
  url: `/recaps/${slug}`,
  sourceFile: `content/recaps/${date}-${slug}.md`,
  date,
  year: Number(date.slice(0, 4)),
  title: slug,
  description: null,
  summary: "",
  location: "London",
  tags: ["Video", date.slice(0, 4)],
  videoId: "En88atN_VgI",
  slides: null,
  cover: null,
  hideCover: false,
  photos: [],
  talks,
  talksFrom: "body",
  bodyStartLine: 10,
  redirectFrom: [],
  redirectFromLines: [],
  draft: false,
});

describe("buildLibrary", () => {
  const recaps = [
    recap("newer", "2023-05-03", [talk(["Dimitris Fínas"], "ControlPlane", 60, 20), talk(["Jane Doe", "Ann Lee"], null, 900, 30)]),
    recap("older", "2022-09-07", [talk(["dimitris finas"], "Lightstep", 3661, 18), talk(["Ann Lee"], "Control Plane", 100, 25)]),
  ];
  const library = buildLibrary(recaps);

  it("makes one speaker of names that differ by case or accent, shown with the accent", () => {
    const dimitris = library.speakers.find((speaker) => speaker.slug === "dimitris-finas");
    assert.equal(dimitris?.name, "Dimitris Fínas");
    assert.equal(dimitris?.talks.length, 2);
    assert.equal(dimitris?.first, "2022-09-07");
    assert.equal(dimitris?.latest, "2023-05-03");
    assert.deepEqual(dimitris?.companies.map((company) => [company.name, company.first, company.latest]), [
      ["Lightstep", "2022-09-07", "2022-09-07"],
      ["ControlPlane", "2023-05-03", "2023-05-03"],
    ]);
  });

  it("lists speakers A–Z, talks newest first with deep links, and tags by kind", () => {
    assert.deepEqual(library.speakers.map((speaker) => speaker.name), ["Ann Lee", "Dimitris Fínas", "Jane Doe"]);
    assert.deepEqual(
      library.talks.map((entry) => [entry.path, entry.recapPath]),
      [
        ["/talks/dimitris-finas-talk-at-60", "/recaps/newer?t=60#talk-60"],
        ["/talks/jane-doe-ann-lee-talk-at-900", "/recaps/newer?t=900#talk-900"],
        ["/talks/dimitris-finas-talk-at-3661", "/recaps/older?t=3661#talk-3661"],
        ["/talks/ann-lee-talk-at-100", "/recaps/older?t=100#talk-100"],
      ],
    );
    assert.deepEqual(library.tags.map((tag) => [tag.name, tag.kind, tag.recaps.length]), [["Video", "topic", 2], ["2023", "year", 1], ["2022", "year", 1]]);
    assert.deepEqual(library.facets.years, ["2023", "2022"]);
  });

  it("gives every talk its own page, and a new recap never moves an older talk's address", () => {
    const repeat = (slug: string, date: string) => recap(slug, date, [{ ...talk(["Ann Lee"], null, 100, 20), title: "Kubernetes Operators: Why Everyone Should Write One Before Lunch on a Tuesday" }]);
    const twice = buildLibrary([repeat("b", "2024-03-06"), repeat("a", "2023-03-01")]);
    assert.deepEqual(twice.talks.map((entry) => entry.slug), ["ann-lee-kubernetes-operators-why-everyone-should-write-one-before-lunch-on-a-2024-03-06", "ann-lee-kubernetes-operators-why-everyone-should-write-one-before-lunch-on-a"]);
    const thrice = buildLibrary([repeat("c", "2025-01-08"), repeat("b", "2024-03-06"), repeat("a", "2023-03-01")]);
    assert.deepEqual(thrice.talks.slice(1).map((entry) => entry.slug), twice.talks.map((entry) => entry.slug));
    const untitled = buildLibrary([recap("older", "2022-09-07", [{ ...talk([], null, 5, 20), title: null }])]);
    assert.deepEqual(untitled.talks.map((entry) => entry.slug), ["older"]);
  });

  it("moves no page whose slug did not change", () => {
    assert.deepEqual(library.moved, []);
  });

  it("redirects the old address of a page whose slug changed when slugs began to transliterate", () => {
    const moved = buildLibrary([
      { ...recap("polish", "2024-01-10", [talk(["Łukasz Wróblewski"], "Søren & Co", 60, 20)]), tags: ["Łódź", "Video"] },
    ]);
    assert.deepEqual(moved.speakers.map((speaker) => [speaker.slug, speaker.name]), [["lukasz-wroblewski", "Łukasz Wróblewski"]]);
    assert.deepEqual(moved.moved, [
      { from: "/speakers/ukasz-wroblewski", to: "/speakers/lukasz-wroblewski" },
      { from: "/companies/s-ren-and-co", to: "/companies/soren-and-co" },
      { from: "/tags/odz", to: "/tags/lodz" },
    ]);
  });

  it("never redirects an old address that is a real page, or that two pages shared", () => {
    const moved = buildLibrary([
      recap("a", "2024-02-07", [talk(["Łukasz Nowak"], null, 60, 20), talk(["Ukasz Nowak"], null, 120, 30)]),
      recap("b", "2024-01-10", [talk(["李小龙"], null, 60, 20), talk(["Søren Berg"], null, 120, 30), talk(["Særen Berg"], null, 180, 40)]),
    ]).moved;
    // "ukasz-nowak" is Ukasz Nowak's page; 李小龙 had no page; "s-ren-berg" was both Søren's and Særen's.
    assert.deepEqual(moved, []);
  });

  it("warns about spellings to make consistent, with both files and lines", () => {
    const messages = findLikelyDuplicateNames(recaps).map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
    assert.deepEqual(messages, [
      "content/recaps/2023-05-03-newer.md:20: the speaker 'Dimitris Fínas' is written 'dimitris finas' in content/recaps/2022-09-07-older.md:18: they are shown as one person or organisation; write it the same way in both",
      `content/recaps/2023-05-03-newer.md:20: the company 'ControlPlane' is written 'Control Plane' in content/recaps/2022-09-07-older.md:25: they are shown apart: write it the same way in both, or add "Control Plane": ["ControlPlane"] to aliases.companies in lib/site-config.ts`,
    ]);
  });

  it("finds no duplicates in the site's own content", () => {
    const { problems } = checkRecapDirectory("content/recaps", "public");
    assert.deepEqual(problems, []);
  });
});
