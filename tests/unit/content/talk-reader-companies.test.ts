import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTalks } from "../../../lib/content/talks";
import { readTalks, VIDEO } from "./read-talks";

describe("the talk reader reads where a speaker works", () => {
  it("takes no city a speaker came from as their company", () => {
    const talks = readTalks([
      `Last but not least, Gruffudd ap Rhys from Cardiff, with Councils on a Shoestring (starting at [58:12](https://youtu.be/${VIDEO}?t=3492)).`,
      "",
      `To close, a lightning talk from Jean-Pierre Moreau, who joined us from Nantes, on eBPF for Humans (starting at [1:10:00](https://youtu.be/${VIDEO}?t=4200)).`,
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Gruffudd ap Rhys"], company: null },
        { speakers: ["Jean-Pierre Moreau"], company: null },
      ],
    );
  });

  it("keeps legal forms from more countries with the company", () => {
    const talks = readTalks([
      "First, Björn Þórarinsson from Geysir Data ehf. gave Green Ops for Clusters.",
      "",
      "Then Siti Rahmah from Tidewater Cloud Pte. Ltd. gave Edge Nodes in the Tropics.",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.company),
      ["Geysir Data ehf.", "Tidewater Cloud Pte. Ltd."],
    );
  });

  it("reads where each of a pair works from a later sentence, a company they joined by its legal form too", () => {
    const talks = readTalks([
      "Next, Maeve Ó Súilleabháin and Dirk-Jan van der Linden gave us **Istio in Production**. Maeve works at Kestrel Data Inc., and Dirk-Jan recently joined Nordlicht Systeme GmbH.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.company), ["Kestrel Data Inc. / Nordlicht Systeme GmbH"]);
  });

  it("takes no organisation, read as a whole by compromise, for a speaker", () => {
    const talks = readTalks([
      `Kestrel Insurance hosted us in their Shoreditch office (starting at [0:30](https://youtu.be/${VIDEO}?t=30)), and Marlowe Recruitment paid for the pizza.`,
      "",
      `Kicking off was Sun-Hee Park from Lumen Labs with Leases Without Fear (starting at [5:00](https://youtu.be/${VIDEO}?t=300)).`,
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Sun-Hee Park"]]);
  });

  it("takes no event's own name for a speaker", () => {
    const markdown = [
      "October's Cloud Native London was a full house at Meridian Loop's office in Paddington: four talks and over a hundred of you.",
      "",
      "Kicking off was Sun-Hee Park from Lumen Labs with Leases Without Fear.",
    ].join("\n");
    const { talks } = findTalks(markdown, { videoId: null, title: "Cloud Native London October 2025: Lumen Labs" });
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Sun-Hee Park"]]);
  });
});
