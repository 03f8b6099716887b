import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import MiniSearch from "minisearch";
import { checkRecapDirectory } from "../../../lib/content/check";
import { parseRecapSource } from "../../../lib/content/front-matter";
import { buildLibrary } from "../../../lib/content/library";
import { searchIndexResponse } from "../../../lib/publish/search-index";
import { SEARCH_INDEXES, type SearchDocument, toSearchHit } from "../../../lib/search-schema";

const { recaps: checked } = checkRecapDirectory("content/recaps", "public");
const recaps = checked.map((recap) => ({ ...recap, body: parseRecapSource(readFileSync(recap.sourceFile, "utf8")).body }));
const { talks } = buildLibrary(recaps);

/** Each index as the dialog gets it: served by its route, loaded by the browser's options. */
async function served() {
  return Promise.all(
    SEARCH_INDEXES.map(async ({ url, options }) => {
      const body = await searchIndexResponse(recaps, talks, options).text();
      return { url, bytes: Buffer.byteLength(body), index: MiniSearch.loadJSON<SearchDocument>(body, options) };
    }),
  );
}

describe("the two search indexes", () => {
  it("answers from the small one by talk, speaker and company, then from the full one by the recaps' words too", async () => {
    const [names, full] = await served();
    assert.ok(names && full);
    assert.ok(names.bytes * 2 < full.bytes, `the first index (${names.bytes} B) is not much smaller than the full one (${full.bytes} B)`);
    const titleOf = (index: MiniSearch<SearchDocument>, query: string) => index.search(query).map(toSearchHit).map((hit) => hit.title);
    assert.ok(titleOf(names.index, "Viktor Gamov").some((title) => title.includes("Ingress")));
    assert.ok(titleOf(full.index, "Viktor Gamov").some((title) => title.includes("Ingress")));
    // A word of a recap's prose, not of any title, speaker or company.
    const prose = "livestream";
    assert.deepEqual(titleOf(names.index, prose), []);
    assert.ok(titleOf(full.index, prose).length > 0, `the full index does not find '${prose}'`);
  });
});
