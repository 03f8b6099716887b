import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTalks } from "../../../lib/content/talks";
import { readTalks, VIDEO } from "./read-talks";

describe("the talk reader reads the details as people write them", () => {
  it("reads a chapter list pasted as a paragraph, one entry a line or between slashes", () => {
    const byLine = readTalks([
      "Timestamps:",
      "0:00 Welcome",
      "6:15 Sizing node pools by hand - Oyelaran Bakare",
      "44:30 Gatekeeper policies we regret - Lieke Hoekstra",
      "",
      "Oyelaran Bakare from Tamberlane Freight explained why they gave up on autoscaling their node pools.",
      "",
      "Lieke Hoekstra (Veldmuis BV) listed the policies her team had to roll back.",
    ]);
    assert.deepEqual(byLine, [
      { speakers: ["Oyelaran Bakare"], company: "Tamberlane Freight", title: "Sizing node pools by hand", start: 375, line: 3 },
      { speakers: ["Lieke Hoekstra"], company: "Veldmuis BV", title: "Gatekeeper policies we regret", start: 2670, line: 4 },
    ]);
    const inline = readTalks(["Chapters: 0:00 Intro / 3:05 Queues without tears - Bo Lindahl / 31:40 Two years of Cilium - Ama Owusu / 1:02:00 Q&A"]);
    assert.deepEqual(
      inline.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Bo Lindahl"], title: "Queues without tears", start: 185 },
        { speakers: ["Ama Owusu"], title: "Two years of Cilium", start: 1900 },
      ],
    );
  });

  it("reads a given name with a hyphen and a lower-case syllable whole, even when its first half is an English word", () => {
    const talks = readTalks(["Opening the night was Ha-neul Yoon from Pinecrest Mobility, with a talk on Leases Are Hard (starting at 5:20)."]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Ha-neul Yoon"]]);
  });

  it("keeps the legal entity in brackets after a brand as part of the company", () => {
    const talks = readTalks(["Closing the night, Sunniva Berg from Kelpwise (Fjordmark AS) and Tariq Aziz from Dunmore Ltd gave us Rate Limits for Humans, starting at 1:10:00."]);
    assert.deepEqual(
      talks.map(({ speakers, company, title }) => ({ speakers, company, title })),
      [{ speakers: ["Sunniva Berg", "Tariq Aziz"], company: "Kelpwise (Fjordmark AS) / Dunmore Ltd", title: "Rate Limits for Humans" }],
    );
  });

  it("reads a panel's title when the only person its paragraph names is the moderator", () => {
    const talks = readTalks(["Then came our panel, Who Patches the Base Images? (starting at 40:10), chaired by Maren Solberg from Grindstone Labs. The panellists preferred to stay anonymous."]);
    assert.deepEqual(talks.map((talk) => talk.title), ["Who Patches the Base Images?"]);
  });

  it("plays a talk from its own recording when the sentence says to watch it at a link that only says 'here'", () => {
    const talks = findTalks(
      [
        "First up, Imogen Clarke from Saltash Data spoke about Cheap Backups (starting at 3:00).",
        "",
        "Our second speaker, Bao Tran from Riverlight, gave us Kafka Without Zookeeper. The stream failed during it, so Bao recorded it again at home: you can watch it [here](https://www.youtube.com/watch?v=Tn4qWz8LmX2).",
      ].join("\n"),
      { videoId: VIDEO },
    ).talks;
    assert.deepEqual(
      talks.map(({ speakers, start, videoId }) => ({ speakers, start, videoId })),
      [
        { speakers: ["Imogen Clarke"], start: 180, videoId: VIDEO },
        { speakers: ["Bao Tran"], start: null, videoId: "Tn4qWz8LmX2" },
      ],
    );
  });

  it("takes no lower-case phrase of the recap's title for a company, though the talk's paragraph repeats it", () => {
    const talks = findTalks(
      [
        "Kicking off was Elif Şahin from Marrowby Health with Retries Considered Harmful (starting at 4:00).",
        "",
        "Finally, Ruairi Dunne gave a lightning talk, Five Minutes of Kind (starting at 50:00).",
      ].join("\n"),
      { videoId: VIDEO, title: "Cloud Native London May 2026: Marrowby Health and a lightning talk" },
    ).talks;
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Elif Şahin"], company: "Marrowby Health" },
        { speakers: ["Ruairi Dunne"], company: null },
      ],
    );
  });

  it("keeps a short bracketed tail that ends the title's clause as part of it", () => {
    const talks = readTalks(["First, Maelle Girard from Ondine Labs gave us Taming Node Upgrades (and Drains). She kept it short."]);
    assert.deepEqual(talks.map((talk) => talk.title), ["Taming Node Upgrades (and Drains)"]);
  });

  it("reads the second of two speakers who are each given a title of address", () => {
    const talks = readTalks(["Then Dr Ayo Bamidele of Kestrel Ridge and Ms Hanne Vik of Solstrand AS presented Admission Control in Practice (starting at 20:15)."]);
    assert.deepEqual(
      talks.map(({ speakers, company, title }) => ({ speakers, company, title })),
      [{ speakers: ["Ayo Bamidele", "Hanne Vik"], company: "Kestrel Ridge / Solstrand AS", title: "Admission Control in Practice" }],
    );
  });

  it("reads a heading that ends on the speaker's name in brackets as the title and its byline", () => {
    const talks = readTalks([
      "## Quotas Without Quarrels (Tove Lindgren)",
      "",
      "Tove runs the shared clusters at Haldor Freight, and she showed how they hand out quotas per team.",
      "",
      "## Ten Years of Service Meshes (Marek Dvořák)",
      "",
      "Marek, who works at Vltava Systems, looked back on what stuck.",
      "",
      "## The recording",
      "",
      "- 3:10 Quotas Without Quarrels",
      "- 38:45 Ten Years of Service Meshes",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [
        { speakers: ["Tove Lindgren"], company: "Haldor Freight", title: "Quotas Without Quarrels", start: 190 },
        { speakers: ["Marek Dvořák"], company: "Vltava Systems", title: "Ten Years of Service Meshes", start: 2325 },
      ],
    );
  });

  it("reads a given name that is also an English word before a surname as the name", () => {
    const talks = readTalks([
      "Finally Will Okoro from Greyhaven Bank gave us Rebuilding the Pipeline (starting at 1:01:00). Will said it will take a year.",
    ]);
    assert.deepEqual(talks.map(({ speakers, company }) => ({ speakers, company })), [{ speakers: ["Will Okoro"], company: "Greyhaven Bank" }]);
  });

  it("opens a title on a tool's lower-case name and the word after it, before the subtitle's colon or comma", () => {
    const talks = readTalks([
      "Kicking off was Nia Quartey from Brambling Ltd, with a talk on crictl inspect: Reading Containers Like a Book (starting at 4:00).",
      "",
      "Next up, Tobiah Kern from Aldmoor gave a talk on helmfile, Tilt and Other Friends (starting at 30:00).",
      "",
      "Then Ines Voss from Brecht Labs gave a lightning talk, k3d: Clusters in a Minute (starting at 50:00).",
    ]);
    assert.deepEqual(talks.map((talk) => talk.title), ["crictl inspect: Reading Containers Like a Book", "helmfile, Tilt and Other Friends", "k3d: Clusters in a Minute"]);
  });

  it("adds co-speakers someone teamed up with, was joined by, or whom the next sentence calls a colleague", () => {
    const talks = readTalks([
      "First, Odile Marchand (Kerrow Labs) teamed up with Pavel Hruby from Zlatý Data to argue Quotas Are Kind (starting at 4:10).",
      "",
      "Next up was Femi Adebayo from Cobble Street. His colleague Yara Haddad joined him for the demo, and together they showed \"Backups Nobody Tested\" (starting at 41:00).",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Odile Marchand", "Pavel Hruby"], company: "Kerrow Labs / Zlatý Data" },
        { speakers: ["Femi Adebayo", "Yara Haddad"], company: "Cobble Street" },
      ],
    );
    const joined = readTalks(["We started with Lotte Brink from Veenstra Bank. She was joined by Omar Said from Qasr Digital and Rhea Kapoor from Tinsel Cloud, and together they gave us Drift Happens (starting at 5:00)."]);
    assert.deepEqual(
      joined.map(({ speakers, company }) => ({ speakers, company })),
      [{ speakers: ["Lotte Brink", "Omar Said", "Rhea Kapoor"], company: "Veenstra Bank / Qasr Digital / Tinsel Cloud" }],
    );
  });

  it("reads an interview played between the talks as no talk, though it has a time", () => {
    const talks = readTalks([
      "Kicking off was Ines Roldán from Cardo Labs with Queues at the Edge (starting at 3:00).",
      "",
      "Then we played a short interview I recorded with Tamar Levi, who runs the Tel Aviv meetup (at 35:10).",
      "",
      "Finally, Jon Skau from Fjellnett closed with Tracing Batch Jobs (starting at 44:00).",
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Ines Roldán"], ["Jon Skau"]]);
  });

  it("reads a surname with a lower-case particle and an apostrophe", () => {
    const talks = readTalks(["Closing the night was Aurélie d'Aubigné from Coquelicot SAS with Signing Every Image (starting at 1:00:00)."]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Aurélie d'Aubigné"]]);
  });

  it("reads a speaker who was due to give a talk, and could not, as no talk", () => {
    const talks = readTalks([
      "Some news first: Tilde Brandt, who was due to give our second talk, came down with flu on Tuesday. Get well soon Tilde!",
      "",
      "Kicking off was Ravi Menon from Copperleaf with Cheap Staging Clusters (starting at 2:30).",
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Ravi Menon"]]);
  });

  it("gives panellists named as a pair the company said after the pair", () => {
    const talks = readTalks([
      "Then came our panel, Who Owns the Runbook? (starting at 30:00). Moderated by Ilan Peretz, the panellists were Saoirse Kane and Dunja Horvat from Brackwater and Tomi Lahti from Kuusi Oy.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [{ speakers: ["Saoirse Kane", "Dunja Horvat", "Tomi Lahti"], company: "Brackwater / Kuusi Oy" }],
    );
  });

  it("reads a title given as the answer to 'Her talk?', or after 'told the story of' in a later sentence", () => {
    const talks = readTalks([
      "Then Leilani Kahale joined us from Hilo (starting at 6:00). Leilani runs the build farm at Makani Labs. Her talk? «Caches are a promise». Nobody disagreed.",
      "",
      "Our last talk was a double act. Arvo Tamm and Bea Lund, both engineers at Kuusk, told the story of Ten Releases Later: Upgrades at Scale.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.title), ["Caches are a promise", "Ten Releases Later: Upgrades at Scale"]);
  });

  it("joins a programme's untimed entry to its talk's timed paragraph, and starts no title inside a bare address", () => {
    const talks = readTalks([
      "Tonight's talks:",
      "",
      "* *Leases Without Fear* - Kaspar Roos, Tammik OÜ",
      "* *Bucket Policies in Anger* - Noor Haidari, Sefid Cloud",
      "",
      "Kaspar opened at 6:30 and walked us through how their team renews leases on shared clusters without ever waking anyone up at night.",
      "",
      `Next up was Noor, who joined us at 44:10 (https://youtu.be/${VIDEO}?t=2650) to talk about the storage permissions her platform team hands to every new service on day one.`,
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Kaspar Roos"], title: "Leases Without Fear", start: null },
        { speakers: ["Noor Haidari"], title: "Bucket Policies in Anger", start: 2650 },
      ],
    );
  });

  it("starts no title inside an aside in brackets, and never takes a time, or a bracket opening on one, into a title", () => {
    const talks = readTalks([
      `Last: Remi Ostlund from Gullwing (he only joined the Meetup page last week, so welcome) with [Caching at the Edge: A Love Story](https://youtu.be/${VIDEO}?t=3000) (50:00).`,
      "",
      `Finally Priya Nair from Quillfield did a quick slot on the dashboards her team built for on-call (1:10:00, [link](https://youtu.be/${VIDEO}?t=4200)).`,
    ]);
    assert.equal(talks[0]?.title, "Caching at the Edge: A Love Story");
    assert.equal(talks[1]?.speakers[0], "Priya Nair");
    assert.doesNotMatch(talks[1]?.title ?? "", /\d:\d{2}|\(/u);
  });

  it("takes both of a pair after 'from' when the company follows the second name", () => {
    const talks = readTalks(["After the break we had a double act from Efua Mensah and Lorcan Byrne, of Dunlin Data and Ashmere respectively, on Quotas Are Social (starting at 1:02:00)."]);
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [{ speakers: ["Efua Mensah", "Lorcan Byrne"], company: "Dunlin Data / Ashmere" }],
    );
  });
});
