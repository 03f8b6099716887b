import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTalks } from "../../../lib/content/talks";
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

  it("reads a title whole after a company, a comma and a long aside, with its ', or:' subtitle", () => {
    const talks = readTalks([
      `We closed with a lightning talk from Jonas Eriksen from Kubeshed, Don't Panic: A Lightning Talk on etcd Backups (at [2:05:20](https://youtu.be/${VIDEO}?t=7520)), which was five minutes long.`,
      "",
      "Our second speaker was Lise Fontaine from Veyrac SAS, with GitOps, or: How I Learned to Love the Pull Request, starting at 47:05.",
      "",
      "Then we had Seun, who is between jobs (and very happy to tell you about it, he is looking for platform roles), with WASM on Kubernetes: Hype or Here?, starting at 1:03:40.",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["Don't Panic: A Lightning Talk on etcd Backups", "GitOps, or: How I Learned to Love the Pull Request", "WASM on Kubernetes: Hype or Here?"],
    );
  });

  it("ends a title before a dash the sentence runs on after, and before a bracket its time was cut from", () => {
    const talks = readTalks([
      `Then Zainab Mansour from Wrenfield walked us through Observability for the Rest of the Business (from 38:20, https://youtu.be/${VIDEO}?t=2300). Her point was simple.`,
      "",
      `Last, Conor Byrne of Pinewick Games talked about Running Game Servers on Agones - it starts at 1:04:33 (https://youtu.be/${VIDEO}?t=3873).`,
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["Observability for the Rest of the Business", "Running Game Servers on Agones"],
    );
  });

  it("reads a title a later sentence says the speaker brought, and one in title case after a 'whether' clause", () => {
    const talks = readTalks([
      `Our second speaker was Dagny Sørensen, an SRE at Brindlewood Ltd. She brought us Secrets Management: The Boring Bits, starting at [45:45](https://youtu.be/${VIDEO}?t=2745).`,
      "",
      `Next was Jo Pike from Umberfield, who asked whether server-side Wasm is ready in WebAssembly on the Server: Hype Check 2026 (starting at [5:15](https://youtu.be/${VIDEO}?t=3315)).`,
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["Secrets Management: The Boring Bits", "WebAssembly on the Server: Hype Check 2026"],
    );
  });

  it("reads the title a recap gives a pre-recorded talk", () => {
    const talks = readTalks([
      "Our second talk was different. Hiroshi Tanabe (Sakura Grid K.K.) was meant to join in person, but a storm had other ideas, so we played his pre-recorded talk, Zero-Downtime Postgres Upgrades, in the room.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.title), ["Zero-Downtime Postgres Upgrades"]);
  });

  it("does not doubt a title whose 'a.m.' is no sentence's end", () => {
    const { talks } = findTalks("Next, Yuki Tanabe from Coalport Studios gave The 3 a.m. Page: Incident Reviews That Change Things.", { videoId: null });
    assert.deepEqual(
      talks.map(({ title, doubts }) => ({ title, doubts })),
      [{ title: "The 3 a.m. Page: Incident Reviews That Change Things", doubts: [] }],
    );
  });
});
