import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalkFields as read } from "./read-talks";

describe("the talk reader reads a running order laid out as a table", () => {
  it("takes 'What' for the title and 'Who' for the speakers, and the recording's column over the evening's clock", () => {
    const talks = read([
      "| Time | Who | What | In the video |",
      "|------|-----|------|--------------|",
      "| 18:30 | | Doors open and pizza | |",
      "| 19:00 | Lowri Jenkins | Welcome and news | 0:00 |",
      "| 19:05 | Ceren Aksoy (Tarla Cloud) | Ten Alerts We Deleted | 5:40 |",
      "| 19:40 | Rhiannon Price | Sponsor welcome | 40:10 |",
      "| 19:50 | Mbali Dube, Kopano Ltd | \"Golden Paths\" Are Paved Roads | 51:30 |",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Ceren Aksoy"], company: "Tarla Cloud", title: "Ten Alerts We Deleted", start: 340 },
      { speakers: ["Mbali Dube"], company: "Kopano Ltd", title: "\"Golden Paths\" Are Paved Roads", start: 3090 },
    ]);
  });
});
