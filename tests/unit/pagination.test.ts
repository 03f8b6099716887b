import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageNumbers, pageOf, pagePath, parsePage, RECAPS_PER_PAGE } from "../../lib/pagination";

describe("lists split into pages", () => {
  const recaps = Array.from({ length: 2 * RECAPS_PER_PAGE + 5 }, (_, index) => index);

  it("splits a long list into full pages and a last one, in order", () => {
    assert.deepEqual(pageNumbers(recaps.length), [1, 2, 3]);
    assert.deepEqual(pageOf(recaps, 1)?.items.slice(0, 2), [0, 1]);
    assert.equal(pageOf(recaps, 2)?.items[0], RECAPS_PER_PAGE);
    assert.deepEqual(pageOf(recaps, 3), { items: [240, 241, 242, 243, 244], page: 3, pageCount: 3 });
  });

  it("has no page 0, no page past the end and no fractional page; an empty list has one empty page", () => {
    for (const page of [0, 4, 1.5, -1]) assert.equal(pageOf(recaps, page), null, String(page));
    assert.deepEqual(pageOf([], 1), { items: [], page: 1, pageCount: 1 });
    assert.deepEqual(pageNumbers(0), [1]);
  });

  it("keeps the first page at the list's own address, and reads only plain page numbers", () => {
    assert.equal(pagePath("/recaps", 1), "/recaps");
    assert.equal(pagePath("/tags/kubernetes", 3), "/tags/kubernetes/page/3");
    assert.equal(parsePage("12"), 12);
    for (const value of ["0", "02", " 2", "2.0", "two", ""]) assert.equal(parsePage(value), null, value);
  });
});
