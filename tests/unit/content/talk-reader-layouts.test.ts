import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalks } from "./read-talks";

describe("the talk reader reads programmes and chapter lists", () => {
  it("reads a programme entry laid out as 'Title — Name (Company)', and the organisers' welcome is no talk", () => {
    const talks = readTalks(
      [
        "**Running order**",
        "",
        "- 18:45 Doors and pizza",
        "- 19:00 Welcome — Marit Olsen & Dev Patel",
        "- 19:10 **Queues Are Not Free** — Ayodele Okafor (Baobab Freight)",
        "- 19:50 Lightning: Yuki Tanaka (Sora Labs) — *A Minute of Kustomize*",
        "- 20:10 Pub",
        "",
        "— Marit & Dev",
      ],
      null,
    );
    assert.deepEqual(talks, [
      { speakers: ["Ayodele Okafor"], company: "Baobab Freight", title: "Queues Are Not Free", start: null, line: 5 },
      { speakers: ["Yuki Tanaka"], company: "Sora Labs", title: "A Minute of Kustomize", start: null, line: 6 },
    ]);
  });

  it("takes each talk's time from a chapter list in a code block, and its section from the paragraph about it", () => {
    const talks = readTalks([
      "The chapters, from the video's description:",
      "",
      "```",
      "00:00 Welcome and news",
      "03:20 Ilse Vermeer & Tomasz Król – Chaos Engineering from the Kitchen Table",
      "41:05 Farid Haddad – Backups you can restore",
      "1:12:40 Q&A and close",
      "```",
      "",
      "Ilse Vermeer works at Polder Systems and Tomasz Król at Wisła Works; between them they broke a staging cluster on purpose every Friday for a year and showed us what they learned from it.",
      "",
      "Farid Haddad, who looks after the storage platform at Cedar Bank, walked us through the restore drills his team now runs every quarter, and why the first three of them failed.",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Ilse Vermeer", "Tomasz Król"], company: "Polder Systems / Wisła Works", title: "Chaos Engineering from the Kitchen Table", start: 200, line: 10 },
      { speakers: ["Farid Haddad"], company: "Cedar Bank", title: "Backups you can restore", start: 2465, line: 12 },
    ]);
  });

  it("reads a chapter list after the talks' paragraphs as their times, not as more talks", () => {
    const talks = readTalks([
      "Our first speaker was Nneka Obi from Kola Health, whose talk was called \"Alerts Nobody Reads\": a tour of the forty alerts her team deleted and the four they kept.",
      "",
      "Then Rasmus Lund of Fyr Data gave us \"Helm Without Tears\", with a live upgrade that for once went to plan from start to finish.",
      "",
      "- [0:00](https://youtu.be/Kc4PzW8nVb2?t=0) Welcome",
      "- [5:10](https://youtu.be/Kc4PzW8nVb2?t=310) Nneka Obi – Alerts Nobody Reads",
      "- [38:45](https://youtu.be/Kc4PzW8nVb2?t=2325) Rasmus Lund – Helm Without Tears",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Nneka Obi"], company: "Kola Health", title: "Alerts Nobody Reads", start: 310, line: 1 },
      { speakers: ["Rasmus Lund"], company: "Fyr Data", title: "Helm Without Tears", start: 2325, line: 3 },
    ]);
  });

  it("reads a panel's panellists by their companies, without whoever moderated it", () => {
    const talks = readTalks([
      "The second half was a panel, \"Who Pays for Open Source?\", moderated by our own Lior Ben-David. On it were Amara Nwosu of Udu Cloud, Pekka Virtanen from Sisu Labs and Joana Reis (Mar Azul).",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Amara Nwosu", "Pekka Virtanen", "Joana Reis"], company: "Udu Cloud / Sisu Labs / Mar Azul", title: "Who Pays for Open Source?", start: null, line: 1 },
    ]);
  });
});

describe("the talk reader reads a talk's section as a whole", () => {
  it("takes a title said further down the section, and a heading's legal form as the company, not the title", () => {
    const talks = readTalks(
      [
        "### Sanne de Jong — Tulp Software B.V.",
        "",
        "Sanne spent the winter moving their build farm to spot instances. The title was \"Cheap Builds, Happy Builders\", and the graphs at the end were worth the trip.",
        "",
        "### Emeka Eze — Nsukka Labs",
        "",
        "Emeka has run the same Postgres cluster since 2016. His talk was called *Ten Years of One Database*.",
      ],
      null,
    );
    assert.deepEqual(talks, [
      { speakers: ["Sanne de Jong"], company: "Tulp Software B.V.", title: "Cheap Builds, Happy Builders", start: null, line: 1 },
      { speakers: ["Emeka Eze"], company: "Nsukka Labs", title: "Ten Years of One Database", start: null, line: 5 },
    ]);
  });

  it("reads a speaker introduced after an opener and a possessive company, with the title in the next sentence", () => {
    const talks = readTalks(
      [
        "We started with Fjord Data's Solveig Berg, who has run their platform team for three years. She talked about \"Golden Paths With Guard Rails\" and the rules they dropped.",
        "",
        "Then Harbour Logistics' Tomasz Nowak walked us through \"Queues at the Quayside\", the story of their event bus.",
      ],
      null,
    );
    assert.deepEqual(talks, [
      { speakers: ["Solveig Berg"], company: "Fjord Data", title: "Golden Paths With Guard Rails", start: null, line: 1 },
      { speakers: ["Tomasz Nowak"], company: "Harbour Logistics", title: "Queues at the Quayside", start: null, line: 3 },
    ]);
  });

  it("reads a speaker introduced by role and company before the name", () => {
    const talks = readTalks(["Next, Staff Engineer at Kilnworks, Ayesha Siddiqui, on \"Build Caches That Never Lie\" (starting at 31:00)."]);
    assert.deepEqual(talks, [{ speakers: ["Ayesha Siddiqui"], company: "Kilnworks", title: "Build Caches That Never Lie", start: 1860, line: 1 }]);
  });

  it("leaves a title of address out of the name", () => {
    const talks = readTalks(["Our first presentation was delivered by Dr. Amaka Obi, Principal Engineer at Ekwe Health plc, entitled \"Consent at Scale\".", "", "It was followed by Ms Ingrid Holm of Fjell Data, who presented \"Backups Nobody Tested\"."], null);
    assert.deepEqual(
      talks.map((talk) => talk.speakers),
      [["Amaka Obi"], ["Ingrid Holm"]],
    );
  });

  it("takes the speaker of a heading that is only a title from the name its paragraph opens with", () => {
    const talks = readTalks(
      [
        "### Pipelines nobody owns",
        "",
        "Keziah Mensah did this one: she runs the build platform at Adinkra Systems and showed the forty pipelines nobody would admit to.",
        "",
        "### Dashboards are not observability",
        "",
        "Rohan Pillai gave the second talk, with a live tour of the one dashboard his team kept.",
      ],
      null,
    );
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Keziah Mensah"], title: "Pipelines nobody owns" },
        { speakers: ["Rohan Pillai"], title: "Dashboards are not observability" },
      ],
    );
  });

  it("gives a chapter list's first-name entries their times, and the talks' headings their names", () => {
    const talks = readTalks([
      "chapters:",
      "",
      "- 0:00 welcome",
      "- 3:30 Amara, kubectl tricks",
      "- 29:10 Jonas, service meshes",
      "",
      "### Amara Nwosu — Udu Cloud",
      "",
      "Amara opened with \"Ten kubectl Tricks in Ten Minutes\" and a lot of aliases.",
      "",
      "### Jonas Berg — Fjell Data",
      "",
      "Jonas told us why they took their mesh out again.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, start }) => ({ speakers, company, start })),
      [
        { speakers: ["Amara Nwosu"], company: "Udu Cloud", start: 210 },
        { speakers: ["Jonas Berg"], company: "Fjell Data", start: 1750 },
      ],
    );
  });

  it("gives the talks the times of a 'watch again' list that names only the speakers", () => {
    const talks = readTalks([
      "Ewa Zielińska (Modra Cloud) started us off with \"Sidecars, Considered\", a careful look at what each proxy in her mesh costs in memory and who pays for it.",
      "",
      "Kofi Boateng (Harmattan Pay) followed with \"Ledger Events at Rest and in Flight\", and a diagram of their outbox pattern that half the room photographed.",
      "",
      "### Watch again",
      "",
      "- Ewa Zielińska: https://youtu.be/Kc4PzW8nVb2?t=250",
      "- Kofi Boateng: 44:10",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Ewa Zielińska"], title: "Sidecars, Considered", start: 250 },
        { speakers: ["Kofi Boateng"], title: "Ledger Events at Rest and in Flight", start: 2650 },
      ],
    );
  });
});

describe("the talk reader reads an evening told in its own order", () => {
  it("gives the talks a chapter list of titles only, in running order, when their paragraphs never say the titles", () => {
    const talks = readTalks([
      "- 0:00 Welcome and news",
      "- 4:10 Ledgers at the Edge: Running Postgres in 40 Shops",
      "- 38:25 eBPF Alerts Nobody Reads",
      "- 1:12:00 Wrap-up",
      "",
      "Our first talk was a double act. Hana Kobayashi from Sakura Retail and Tomi Lindgren from Fjell Hosting explained how the shops' databases stay in sync:",
      "",
      "- Replicate from the shop, never to it",
      "- Test the failover on a Saturday",
      "",
      "Next, Paulo Mendes of Tejo Bank talked about the forty alerts his team deleted.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Hana Kobayashi", "Tomi Lindgren"], title: "Ledgers at the Edge: Running Postgres in 40 Shops", start: 250 },
        { speakers: ["Paulo Mendes"], title: "eBPF Alerts Nobody Reads", start: 2305 },
      ],
    );
  });

  it("parts a lightning round told in one sentence, and ends each title before what is said of it", () => {
    const talks = readTalks(
      [
        "The lightning round: Aino Virtanen from Sauna Systems opened with \"Five Minutes of Flux\"; Dara Byrne of Liffey Labs followed with Helm or Kustomize: Fight!, a duel the audience scored; then Kemal Arslan (Bosphorus Data) gave Why Our Pods Have Names, about pets and cattle; and Nia Jones from Cardiff Cloud closed with \"Ten Seconds of YAML\".",
      ],
      null,
    );
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Aino Virtanen"], title: "Five Minutes of Flux" },
        { speakers: ["Dara Byrne"], title: "Helm or Kustomize: Fight!" },
        { speakers: ["Kemal Arslan"], title: "Why Our Pods Have Names" },
        { speakers: ["Nia Jones"], title: "Ten Seconds of YAML" },
      ],
    );
  });

  it("reads a speaker named in the sentence after the opener, a role its company owns, and a title with its own question mark", () => {
    const talks = readTalks(
      [
        "Then came our joint talk of the evening. Ama Owusu from Volta Grid and Rhys ap Gwilym from Dragonfly Networks Ltd presented Substations as Clusters.",
        "",
        "After the break, Quillmoor's VP of Engineering, Farah bin Yusof, took the stage to ask Do You Really Need a Mesh? (Probably Not Yet) (starting at 52:10).",
        "",
        "Finally, Anneke Vos closed the evening with Platforms Are Products: Roadmaps and Saying No. She argued that a platform without a roadmap is a ticket queue.",
        "",
        "Last, Ivo Petrov from Rila Systems presented Signed, Sealed, Delivered? Supply Chains with Sigstore (you can watch it from 1:30:05 in the stream).",
      ],
    );
    assert.deepEqual(
      talks.map(({ speakers, company, title }) => ({ speakers, company, title })),
      [
        { speakers: ["Ama Owusu", "Rhys ap Gwilym"], company: "Volta Grid / Dragonfly Networks Ltd", title: "Substations as Clusters" },
        { speakers: ["Farah bin Yusof"], company: "Quillmoor", title: "Do You Really Need a Mesh? (Probably Not Yet)" },
        { speakers: ["Anneke Vos"], company: null, title: "Platforms Are Products: Roadmaps and Saying No" },
        { speakers: ["Ivo Petrov"], company: "Rila Systems", title: "Signed, Sealed, Delivered? Supply Chains with Sigstore" },
      ],
    );
  });
});

describe("the talk reader reads a panel's own list", () => {
  it("takes the panellists from the list under the panel, never its moderator, and their points later as no talks", () => {
    const talks = readTalks([
      "Next up was our panel, \"Platform Teams: Product or Cost Centre?\" (at 38:15). It was moderated by Siobhán Keane, VP Engineering at Lumenhaus. Our panellists were:",
      "",
      "- Adaeze Okonkwo, Head of Platform at Tidewell",
      "- Burak Şahin, Principal Engineer at Orbital Yard",
      "",
      "Some of the points that came up:",
      "",
      "- Adaeze argued that a platform without a product manager is just a pile of Terraform",
      "- Burak talked about measuring adoption rather than forcing it",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [{ speakers: ["Adaeze Okonkwo", "Burak Şahin"], company: "Tidewell / Orbital Yard", title: "Platform Teams: Product or Cost Centre?", start: 2295 }],
    );
  });
});

describe("the talk reader reads a lightning list", () => {
  it("ends each title before the dash that leads to its time", () => {
    const talks = readTalks([
      "* Anouk Jansen (Polder Ops): Your Helm Chart Is Lying — [1:38:02](https://youtu.be/Kc4PzW8nVb2?t=5882)",
      "* Tarik Haddad (Atlas Grid): Quotas for the Impatient – [1:45:30](https://youtu.be/Kc4PzW8nVb2?t=6330)",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [
        { speakers: ["Anouk Jansen"], company: "Polder Ops", title: "Your Helm Chart Is Lying", start: 5882 },
        { speakers: ["Tarik Haddad"], company: "Atlas Grid", title: "Quotas for the Impatient", start: 6330 },
      ],
    );
  });
});
