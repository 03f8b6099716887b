import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTalks } from "../../../lib/content/talks";

const VIDEO = "Kc4PzW8nVb2";
const read = (lines: string[], videoId: string | null = VIDEO) =>
  findTalks(lines.join("\n"), { videoId }).talks.map(({ speakers, company, title, start, line }) => ({ speakers, company, title, start, line }));

describe("the talk reader reads programmes and chapter lists", () => {
  it("reads a programme entry laid out as 'Title — Name (Company)', and the organisers' welcome is no talk", () => {
    const talks = read(
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
    const talks = read([
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
    const talks = read([
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
    const talks = read([
      "The second half was a panel, \"Who Pays for Open Source?\", moderated by our own Lior Ben-David. On it were Amara Nwosu of Udu Cloud, Pekka Virtanen from Sisu Labs and Joana Reis (Mar Azul).",
    ]);
    assert.deepEqual(talks, [
      { speakers: ["Amara Nwosu", "Pekka Virtanen", "Joana Reis"], company: "Udu Cloud / Sisu Labs / Mar Azul", title: "Who Pays for Open Source?", start: null, line: 1 },
    ]);
  });
});

describe("the talk reader reads a talk's section as a whole", () => {
  it("takes a title said further down the section, and a heading's legal form as the company, not the title", () => {
    const talks = read(
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
    const talks = read(
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
    const talks = read(["Next, Staff Engineer at Kilnworks, Ayesha Siddiqui, on \"Build Caches That Never Lie\" (starting at 31:00)."]);
    assert.deepEqual(talks, [{ speakers: ["Ayesha Siddiqui"], company: "Kilnworks", title: "Build Caches That Never Lie", start: 1860, line: 1 }]);
  });

  it("leaves a title of address out of the name", () => {
    const talks = read(["Our first presentation was delivered by Dr. Amaka Obi, Principal Engineer at Ekwe Health plc, entitled \"Consent at Scale\".", "", "It was followed by Ms Ingrid Holm of Fjell Data, who presented \"Backups Nobody Tested\"."], null);
    assert.deepEqual(
      talks.map((talk) => talk.speakers),
      [["Amaka Obi"], ["Ingrid Holm"]],
    );
  });

  it("takes the speaker of a heading that is only a title from the name its paragraph opens with", () => {
    const talks = read(
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
    const talks = read([
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
    const talks = read([
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

describe("the talk reader hears a start however it is said", () => {
  it("reads 'at' or 'from' a time as the start when it cannot be the evening's clock, or is said to be in the recording", () => {
    const talks = read([
      "Doors opened at 18:30 and Marta Sousa from Lisboa Labs went first with \"Quotas for Humans\", from 9:40 in the recording.",
      "",
      "Then Idris Bello of Sahel Data took on \"The Pager Diaries\"; he's on at 36:15.",
      "",
      "Last came Wen Jiahui of Bamboo Grid with \"Schedulers All the Way Down\", at 1:12:08.",
      "",
      "Afterwards we stayed on at 21:00 for the quiz, which Bamboo Grid won.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, start }) => ({ speakers, start })),
      [
        { speakers: ["Marta Sousa"], start: 580 },
        { speakers: ["Idris Bello"], start: 2175 },
        { speakers: ["Wen Jiahui"], start: 4328 },
      ],
    );
  });

  it("starts the next talk of a paragraph at the sentence that holds its time", () => {
    const talks = read([
      "Rui Costa and Lena Fischer, both from Tejo Systems, gave \"Signing Images Before Lunch\" ([40:05](https://youtu.be/Kc4PzW8nVb2?t=2405)). Rui explained the keys and Lena ran the demo. Then, at 1:05:30, Olu Adeyemi from Niger Delta Cloud closed with \"Budgets as Code\".",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, start }) => ({ speakers, company, start })),
      [
        { speakers: ["Rui Costa", "Lena Fischer"], company: "Tejo Systems", start: 2405 },
        { speakers: ["Olu Adeyemi"], company: "Niger Delta Cloud", start: 3930 },
      ],
    );
  });
});

describe("the talk reader takes what the whole section says", () => {
  it("takes a title given as a link further down the speaker's paragraph, with the talk's own recording under it", () => {
    const talks = findTalks(
      [
        "Aled Pryce from Dyfi Data went first with \"Queues in Practice\" (starting at 4:10).",
        "",
        "![Signe Dahl](/images/signe.jpeg)",
        "",
        "Then, right as Signe from Havbris stepped up, the stream gave up entirely. (Venue Wi-Fi, we love you, but.) She kindly re-recorded the whole thing at home the next day, so here it is. Her slides are online too: [Cron Is Dead, Long Live Cron: Scheduling at Havbris](https://slides.example/signe).",
        "",
        '<iframe src="https://www.youtube.com/embed/Rq7LmN2xYz4"></iframe>',
      ].join("\n"),
      { videoId: VIDEO },
    ).talks;
    assert.deepEqual(
      talks.map(({ speakers, title, start, videoId }) => ({ speakers, title, start, videoId })),
      [
        { speakers: ["Aled Pryce"], title: "Queues in Practice", start: 250, videoId: VIDEO },
        { speakers: ["Signe Dahl"], title: "Cron Is Dead, Long Live Cron: Scheduling at Havbris", start: null, videoId: "Rq7LmN2xYz4" },
      ],
    );
  });

  it("names a company as fully as the recap does, legal form included", () => {
    const talks = read(
      [
        "Our speakers this month came from Brightkelp Analytics, Inc. and Saltire Works Ltd, who also bought the pizza.",
        "",
        "First up, Moira Campbell from Brightkelp Analytics with \"Dashboards Without Drama\".",
        "",
        "Then Hamish Reid of Saltire Works on \"Terraform, Slowly\".",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ company }) => company), ["Brightkelp Analytics, Inc.", "Saltire Works Ltd"]);
  });

  it("reads words the speaker is quoted as saying as speech, not as the talk's title", () => {
    const talks = read(
      [
        "Next was Ines Duarte from Mar Azul, who is, in her words, \"mostly a YAML wrangler these days\". She walked us through \"Forty Namespaces and a Budget\" with real invoices.",
        "",
        "Closing the night, Piotr Lis of Wisła Grid, who describes himself as \"the whole platform team\", told us about \"Upgrades Without Fear\".",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ title }) => title), ["Forty Namespaces and a Budget", "Upgrades Without Fear"]);
  });

  it("reads a programme table, a chapter list and the prose about the same talks as one talk each", () => {
    const talks = read([
      "| Time | Speaker | Company | Title |",
      "|------|---------|---------|-------|",
      "| 18:30 | — | — | Doors and pizza |",
      "| 18:45 | Ngozi Umeh | Kanem Data | Queues, Quotas and \"Fair Share\": Scheduling for Humans |",
      "| 19:30 | Ruairí Walsh & Tove Lind | Harbour Grid | Cost Dashboards People Read |",
      "",
      "Chapters:",
      "",
      "- 0:00 Welcome",
      "- 5:12 Ngozi Umeh",
      "- 44:30 Ruairí Walsh & Tove Lind",
      "",
      "**Ngozi** opened with the scheduler tricks her team uses to keep batch jobs from starving the web tier.",
      "",
      "After the break, **Ruairí and Tove** showed the three dashboards finance actually opens every week.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, company, title, start }) => ({ speakers, company, title, start })),
      [
        { speakers: ["Ngozi Umeh"], company: "Kanem Data", title: 'Queues, Quotas and "Fair Share": Scheduling for Humans', start: 312 },
        { speakers: ["Ruairí Walsh", "Tove Lind"], company: "Harbour Grid", title: "Cost Dashboards People Read", start: 2670 },
      ],
    );
  });

  it("reads talk headings that carry a label, and no job-board entry as a talk", () => {
    const talks = read(
      [
        "## Talk one — Dmitri Orlov & Ada Mensah",
        "",
        "Dmitri from Stackmoor and Ada from Kumasi Cloud Ltd, with \"Sidecars on a Diet\".",
        "",
        "## Talk two — Pipelines at 3 a.m.",
        "",
        "Speaker: Fatima Benali, Saltmarsh Analytics.",
        "",
        "- Retried steps cover most pages",
        "- Replaced cron on VMs with workflows",
        "",
        "## Jobs",
        "",
        "- Kumasi Cloud Ltd – Site Reliability Engineer (London)",
        "- Saltmarsh Analytics – Data Engineer (remote)",
      ],
      null,
    );
    assert.deepEqual(
      talks.map(({ speakers, company, title }) => ({ speakers, company, title })),
      [
        { speakers: ["Dmitri Orlov", "Ada Mensah"], company: "Stackmoor / Kumasi Cloud Ltd", title: "Sidecars on a Diet" },
        { speakers: ["Fatima Benali"], company: "Saltmarsh Analytics", title: "Pipelines at 3 a.m" },
      ],
    );
  });

  it("ends an unquoted title where 'and' goes on with the story, and passes over a company in the speaker's place", () => {
    const { talks } = findTalks(
      [
        "We were back at Greyfriars Data's Farringdon office, and then Zainab Haddad took the stage with Budget Alerts at Scale and showed us the dashboard her team built.",
        "",
        "Then Tomasz Wrona from Fenwick Bank presented Kustomize Overlays for Two Hundred Services, and honestly we are still digesting it.",
      ].join("\n"),
      { videoId: null, title: "Cloud Native London November 2018: Greyfriars Data and Fenwick Bank" },
    );
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Zainab Haddad"], title: "Budget Alerts at Scale" },
        { speakers: ["Tomasz Wrona"], title: "Kustomize Overlays for Two Hundred Services" },
      ],
    );
  });
});

describe("the talk reader reads an evening told in its own order", () => {
  it("gives the talks a chapter list of titles only, in running order, when their paragraphs never say the titles", () => {
    const talks = read([
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
    const talks = read(
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
    const talks = read(
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

describe("the talk reader takes a start marked by its own signs", () => {
  it("reads '@ 4:10' and '[38:52]' after a talk as its start", () => {
    const talks = read([
      "First up, Kacper Lis from Stormglass Ltd with [Helm Charts Are Not a Packaging Format](https://slides.example/kl) @ 4:10.",
      "",
      "**Siobhán Walsh**, Quayside Labs: [gRPC-Web in Production? Yes, Really!](https://slides.example/sw) [38:52]",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Kacper Lis"], title: "Helm Charts Are Not a Packaging Format", start: 250 },
        { speakers: ["Siobhán Walsh"], title: "gRPC-Web in Production? Yes, Really!", start: 2332 },
      ],
    );
  });
});

describe("the talk reader finds who spoke wherever the recap says it", () => {
  it("resolves first names from the thanks to the speakers after the next meetup's teaser", () => {
    const talks = findTalks(
      [
        "Oksana opened with a rematch of a debate we've all had, \"Kustomize vs Helm\".",
        "",
        "Then Diego showed us \"Autoscaling on Queue Length\" with a live demo.",
        "",
        "## Cloud Native London April",
        "",
        "Our next meetup will be on Wednesday 5th April with speakers from Gullwing. RSVP now!",
        "",
        "Thanks to our speakers Oksana Melnyk (Bluecairn) and Diego Castillo (Saltmarsh Ltd) for a great night!",
      ].join("\n"),
      { videoId: null, title: "Cloud Native London March 2023: Bluecairn and Saltmarsh Ltd" },
    ).talks;
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Oksana Melnyk"], company: "Bluecairn" },
        { speakers: ["Diego Castillo"], company: "Saltmarsh Ltd" },
      ],
    );
  });

  it("adds a colleague the speaker's sentence brings on stage", () => {
    const talks = read(
      [
        "First up, Sinéad Walsh opened the evening, and her colleague Rahul Verma presented with her: \"Zero Trust on a Budget\".",
        "",
        "Next was Ngozi Eze of Kiteline Ltd, joined by her former teammate Tomás Byrne of Quillfeather, with \"Signing Everything\".",
      ],
      null,
    );
    assert.deepEqual(
      talks.map(({ speakers, company }) => ({ speakers, company })),
      [
        { speakers: ["Sinéad Walsh", "Rahul Verma"], company: null },
        { speakers: ["Ngozi Eze", "Tomás Byrne"], company: "Kiteline Ltd / Quillfeather" },
      ],
    );
  });

  it("gives each talk the time of a link that says whose talk it is", () => {
    const talks = read([
      "First up, Małgorzata Lis from Stormglass talked about \"Kafka Without Tears\", the story of three clusters, two rewrites and one very long weekend in March.",
      "",
      "Then Mai Anh Tran of Lagos Grid presented \"Queues at the Edge\", about running brokers in shops where the network drops out every afternoon.",
      "",
      "Missed it? Jump straight in:",
      "",
      "- [Małgorzata's talk](https://youtu.be/Kc4PzW8nVb2?t=412)",
      "- [Mai Anh's talk](https://youtu.be/Kc4PzW8nVb2?t=2275)",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title, start }) => ({ speakers, title, start })),
      [
        { speakers: ["Małgorzata Lis"], title: "Kafka Without Tears", start: 412 },
        { speakers: ["Mai Anh Tran"], title: "Queues at the Edge", start: 2275 },
      ],
    );
  });
});

describe("the talk reader ends a title written into a sentence", () => {
  it("leaves out the words in lower case that carry the sentence on after a title in title case", () => {
    const talks = read(
      [
        "First, Kwame Osei from Ironbark explained how Multi-Tenant Logging With Loki works in practice.",
        "",
        "Then Róisín Byrne told The Night Our etcd Ran Out of Disk to a very sympathetic room.",
        "",
        "Finally, Rahul Mehta from Stackpole asked What Happens When You kubectl apply? and answered it slowly.",
      ],
      null,
    );
    assert.deepEqual(talks.map(({ title }) => title), ["Multi-Tenant Logging With Loki", "The Night Our etcd Ran Out of Disk", "What Happens When You kubectl apply?"]);
  });
});

describe("the talk reader keeps a title whole", () => {
  it("keeps a subtitle in brackets, and the prose's full title over a chapter list's short one", () => {
    const talks = read([
      "Next up was Babajide Ola from Cinderpath Inc. with Running StatefulSets Across Zones (and Living to Tell the Tale), about topology spread and zone outages.",
      "",
      "Kacper Nowak from Larchmont Digital opened the evening with Karpenter vs. Cluster Autoscaler: A Cost Bake-Off, which he had run for a month on identical workloads at work.",
      "",
      "- 9:20 Kacper Nowak: Karpenter vs. Cluster Autoscaler",
      "- 44:10 Babajide Ola: Running StatefulSets Across Zones",
    ]);
    assert.deepEqual(
      talks.map(({ title, start }) => ({ title, start })),
      [
        { title: "Karpenter vs. Cluster Autoscaler: A Cost Bake-Off", start: 560 },
        { title: "Running StatefulSets Across Zones (and Living to Tell the Tale)", start: 2650 },
      ],
    );
  });
});
