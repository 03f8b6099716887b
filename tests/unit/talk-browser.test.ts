import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkRecapDirectory } from "../../lib/content/check";
import { buildLibrary } from "../../lib/content/library";
import { activeTalkFilters, isTalkList, matchesTalkFilters, talkListView, toTalkListItem } from "../../lib/talk-browser";

const { talks } = buildLibrary(checkRecapDirectory("content/recaps", "public").recaps);
// What the browser gets from /talks.json.
const listed: unknown = JSON.parse(JSON.stringify(talks.map(toTalkListItem)));

describe("the /talks list", () => {
  it("sends every talk with what its row shows, and the browser accepts it", () => {
    assert.ok(isTalkList(listed));
    assert.equal(listed.length, 6);
    const kong = listed.find((talk) => talk.title === "Supercharge your Kubernetes Ingress");
    assert.deepEqual(kong?.speakers, ["Viktor Gamov"]);
    assert.equal(kong?.path, "/talks/viktor-gamov-supercharge-your-kubernetes-ingress");
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

describe("what /talks shows when the page carries only its first talks", () => {
  assert.ok(isTalkList(listed));
  const every = listed;
  const firstPage = every.slice(0, 2);
  const state = { firstPage, total: every.length, all: { status: "not fetched" as const }, search: new URLSearchParams(), showAll: false };
  const titles = (talks: readonly { title: string | null }[]) => talks.map((talk) => talk.title);

  it("shows the first page and offers the rest, fetching nothing", () => {
    const view = talkListView(state);
    assert.deepEqual(titles(view.listed), titles(firstPage));
    assert.equal(view.loading, false);
    assert.equal(view.canShowAll, true);
    assert.equal(view.status, "6 talks");
  });

  it("fetches the whole list for Show all, then shows every talk", () => {
    const asked = talkListView({ ...state, showAll: true });
    assert.equal(asked.loading, true);
    assert.equal(asked.status, "Loading every talk…");
    assert.deepEqual(titles(asked.listed), titles(firstPage));
    const shown = talkListView({ ...state, showAll: true, all: { status: "ready", talks: every } });
    assert.equal(shown.listed.length, 6);
    assert.equal(shown.canShowAll, false);
    assert.equal(shown.loading, false);
  });

  it("filters the whole list, fetched for the filter, and counts against every talk", () => {
    const search = new URLSearchParams("company=harness");
    assert.equal(talkListView({ ...state, search }).loading, true);
    const view = talkListView({ ...state, search, all: { status: "ready", talks: every } });
    assert.deepEqual(titles(view.listed).sort(), ["Chaos Engineering Implementations Demystified", "Let's talk Chaos Engineering with LitmusChaos"].sort());
    assert.equal(view.status, "Showing 2 of 6 talks");
    assert.equal(view.canShowAll, false);
  });

  it("after a filter is cleared, shows the first page again until Show all", () => {
    const view = talkListView({ ...state, all: { status: "ready", talks: every } });
    assert.deepEqual(titles(view.listed), titles(firstPage));
    assert.equal(view.canShowAll, true);
  });

  it("says so when the whole list cannot be loaded, and keeps the first page", () => {
    const view = talkListView({ ...state, showAll: true, all: { status: "error" } });
    assert.equal(view.status, "Could not load every talk; showing the newest 2.");
    assert.deepEqual(titles(view.listed), titles(firstPage));
    assert.equal(view.loading, false);
  });

  it("never fetches when the page already carries every talk", () => {
    const view = talkListView({ ...state, firstPage: every, search: new URLSearchParams("year=2022"), showAll: true });
    assert.equal(view.loading, false);
    assert.equal(view.listed.length, 6);
    assert.equal(view.status, "Showing 6 of 6 talks");
  });
});
