import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalks, VIDEO } from "./read-talks";

describe("the talk reader finds a title wherever the writer put it", () => {
  it("reads a title set off by commas after the talk's place in the evening, before its speaker", () => {
    const talks = readTalks([
      `Our opening talk, Queues Are a Team Sport, came from Henrike Vos of Bramling (starting at [4:50](https://youtu.be/${VIDEO}?t=290)).`,
      "",
      `The evening's second talk, Quotas: A Field Guide, was given by Tunde Bakare from Oakhurst Ltd (starting at [40:00](https://youtu.be/${VIDEO}?t=2400)).`,
      "",
      `Then we had a fireside chat, Ten Years of Containers, between me and Ines Carvalho from Salcombe (starting at [1:10:00](https://youtu.be/${VIDEO}?t=4200)).`,
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["Queues Are a Team Sport", "Quotas: A Field Guide", "Ten Years of Containers"],
    );
  });

  it("reads a title in single quotes after 'a talk titled' before its speaker, and no link that names a moment", () => {
    const talks = readTalks([
      `Closing the night, a talk titled 'Operators: Write One, Regret It?' from Mirela Dinu (Salcombe), from 1:05:40 - https://youtu.be/${VIDEO}?t=3940.`,
      "",
      `Then Omar Haddad and Lea Brandt (both Rookwell) talked through their build farm - [jump to 41:18](https://youtu.be/${VIDEO}?t=2478).`,
    ]);
    assert.deepEqual(
      talks.map(({ title, start }) => ({ title, start })),
      [
        { title: "Operators: Write One, Regret It?", start: 3940 },
        { title: null, start: 2478 },
      ],
    );
  });

  it("keeps a question mark inside a title before its speaker when the sentence runs on", () => {
    const talks = readTalks([
      `After that we tried a fireside chat on Open Source: Who Pays? (starting at [44:30](https://youtu.be/${VIDEO}?t=2670)) between Kofi Mensah from the Lantern Foundation and me.`,
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [{ speakers: ["Kofi Mensah"], title: "Open Source: Who Pays?" }],
    );
  });
});
