import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatTimestamp, parseTimestamp } from "../../lib/timestamps";

describe("parseTimestamp", () => {
  const valid: [string, number][] = [
    ["0:00", 0],
    ["1:34", 94],
    ["24:25", 1465],
    ["59:59", 3599],
    ["1:01:01", 3661],
    ["1:48:07", 6487],
    ["01:02:03", 3723],
    ["10:00:00", 36000],
    ["1465", 1465],
    ["0", 0],
    ["1465s", 1465],
    ["24m25s", 1465],
    ["1h2m3s", 3723],
    ["1h3s", 3603],
    ["2m", 120],
    ["1h", 3600],
    ["90s", 90],
    ["1H2M3S", 3723],
    ["  24:25 ", 1465],
    ["\t1h\n", 3600],
  ];
  for (const [text, seconds] of valid) {
    it(`reads ${JSON.stringify(text)} as ${seconds}s`, () => {
      assert.equal(parseTimestamp(text), seconds);
    });
  }

  const invalid = ["", "   ", "abc", "-5", "-1:00", "1:60", "60:00", "75:30", "1:00:60", "1:60:00", "1:5", "1::05", "24:25:", ":24", "1.5", "12.5s", "h", "ms", "1m2h", "24 25", "1:2:3", "24:25pm", "t=1465"];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parseTimestamp(text), null);
    });
  }
});

describe("formatTimestamp", () => {
  const cases: [number, string][] = [
    [0, "0:00"],
    [5, "0:05"],
    [94, "1:34"],
    [600, "10:00"],
    [1465, "24:25"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [3661, "1:01:01"],
    [6487, "1:48:07"],
    [36000, "10:00:00"],
    [94.9, "1:34"],
    [-3, "0:00"],
    [Number.NaN, "0:00"],
  ];
  for (const [seconds, text] of cases) {
    it(`writes ${seconds}s as ${text}`, () => {
      assert.equal(formatTimestamp(seconds), text);
    });
  }

  it("round-trips with parseTimestamp", () => {
    for (const seconds of [0, 59, 60, 61, 3599, 3600, 3661, 86399]) {
      assert.equal(parseTimestamp(formatTimestamp(seconds)), seconds);
    }
  });
});
