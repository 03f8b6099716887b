import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findMojibakeWords, repairMojibake } from "../../../lib/content/mojibake";

describe("repairMojibake", () => {
  it("repairs UTF-8 read as Windows-1252", () => {
    assert.equal(repairMojibake("Iâ€™ll see you â€” soon â€œquotedâ€\u009D Â£5").text, "I’ll see you — soon “quoted” £5");
  });

  it("repairs a lead byte read as DOS code page 437", () => {
    assert.equal(repairMojibake("IΓ€™ll").text, "I’ll");
  });

  it("leaves correct accented and typographic text alone", () => {
    const text = "Café, Zürich, naïve, España», “quoted” — I’ll, née’s, São Paulo";
    assert.deepEqual(repairMojibake(text), { text, repairs: [] });
  });

  it("names the damaged word and its repair for messages", () => {
    assert.deepEqual(findMojibakeWords("and Iâ€™ll see you"), [{ damaged: "Iâ€™ll", repaired: "I’ll" }]);
  });
});
