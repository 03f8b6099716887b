import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalks } from "./read-talks";

describe("the talk reader resolves first names the recap gives in full elsewhere", () => {
  it("reads a line-up with a few words between 'speakers' and its list", () => {
    const talks = readTalks([
      "Our speakers this month were Esi Owusu-Brandt, Lars Tveit and Mireille Fabre.",
      "",
      "Esi kicked off with Leases Without Fear.",
      "",
      "Then Lars took us through Quotas for Humans.",
      "",
      "Mireille closed with Tracing the Untraceable.",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.speakers),
      [["Esi Owusu-Brandt"], ["Lars Tveit"], ["Mireille Fabre"]],
    );
  });

  it("reads a line-up set off by a comma, and a two-word given name as the person named in full", () => {
    const talks = readTalks([
      "We had two excellent speakers, Ana Sofía Ruiz de Alarcón and Tiago Mendes, at our March meetup.",
      "",
      "Kicking off our evening was Ana Sofía from Tidewell, who told us about Bare-Metal Clusters on a Budget.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Ana Sofía Ruiz de Alarcón"]]);
  });

  it("reads a given name that is also a word of English as the person the recap names in full", () => {
    const talks = readTalks([
      "![Will Haverford and Priyanka Raghunathan](/images/quillfeather.jpeg)",
      "",
      "First up were Will and Priyanka from Quillfeather Ltd, who gave a double act on Helm Charts at Scale.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Will Haverford", "Priyanka Raghunathan"]]);
  });

  it("reads names with an apostrophe inside, the Dutch 't, and a particle written with a capital", () => {
    const talks = readTalks([
      "First, D'Arcy Whitmore from Tollgate Insurance gave Leases Without Fear.",
      "",
      "Next, Jean-Baptiste N'Diaye from Vireo Capital gave Quotas for Humans.",
      "",
      "Then Chiara Dell'Acqua of Ravello Cloud gave Tracing the Untraceable.",
      "",
      "Finally we had Dagmar van 't Hoff from Polder Compute with Ten Years of Etcd.",
      "",
      "To close, our panellists were Sunniva Berg from Norrvik and Chiara De Luca from Palisade Security Srl, on Certifications: Worth It?",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.speakers),
      [["D'Arcy Whitmore"], ["Jean-Baptiste N'Diaye"], ["Chiara Dell'Acqua"], ["Dagmar van 't Hoff"], ["Sunniva Berg", "Chiara De Luca"]],
    );
  });
});
