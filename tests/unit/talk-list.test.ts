import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkRecapDirectory } from "../../lib/content-check";
import { buildLibrary } from "../../lib/library";
import { activeTalkFilters, isTalkList, matchesTalkFilters, toTalkListItem } from "../../lib/talk-list";

const { talks } = buildLibrary(checkRecapDirectory("content/recaps", "public").recaps);
// What the browser gets from /talks.json.
const listed: unknown = JSON.parse(JSON.stringify(talks.map(toTalkListItem)));

describe("the /talks list", () => {
  it("sends every talk with what its row shows, and the browser accepts it", () => {
    assert.ok(isTalkList(listed));
    assert.equal(listed.length, 6);
    const kong = listed.find((talk) => talk.title === "Supercharge your Kubernetes Ingress");
    assert.deepEqual(kong?.speakers, ["Viktor Gamov"]);
    assert.equal(kong?.path, "/recaps/cloud-native-london-september-2022?t=1465");
    assert.equal(kong?.companySlug, "kong");
    assert.equal(kong?.recap.year, "2022");
  });

  it("rejects a list that is not what the site built", () => {
    assert.equal(isTalkList({ talks: [] }), false);
    assert.equal(isTalkList([{ key: "a", path: "/x" }]), false);
    assert.ok(isTalkList(listed));
    const [first] = listed;
    assert.equal(isTalkList([{ ...first, recap: { ...first?.recap, tagSlugs: "video" } }]), false);
    assert.equal(isTalkList([{ ...first, start: "24:25" }]), false);
  });

  it("reads the filters from the address and ignores other parameters", () => {
    assert.deepEqual(activeTalkFilters(new URLSearchParams("company=harness&year=2022&t=5&tag=")), { company: "harness", year: "2022" });
    assert.deepEqual(activeTalkFilters(new URLSearchParams("")), {});
  });

  it("filters by company, year and tag together", () => {
    assert.ok(isTalkList(listed));
    const titles = (search: string) => listed.filter((talk) => matchesTalkFilters(talk, activeTalkFilters(new URLSearchParams(search)))).map((talk) => talk.title).sort();
    assert.deepEqual(titles("company=harness"), ["Chaos Engineering Implementations Demystified", "Let's talk Chaos Engineering with LitmusChaos"].sort());
    assert.deepEqual(titles("company=harness&year=2021"), []);
    assert.equal(titles("tag=video&year=2022").length, 6);
    assert.equal(titles("company=kong&tag=photos").length, 1);
  });
});
