import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readTalks, VIDEO } from "./read-talks";

describe("the talk reader tells a talk's title from the writer's description of it", () => {
  it("reads a sentence about how or why they did something as an untitled talk, not as a title", () => {
    const talks = readTalks([
      "Next, Henrike Vos from Bramling followed with a war story about how her team moved sixty services off Nomad and onto Kubernetes in a quarter.",
      "",
      "Then Tunde Bakare from Oakhurst Ltd spoke about the cost dashboard they run on Grafana for every team.",
      "",
      "We closed with Ines Carvalho, who showed us in ten minutes how she uses Kind and a Makefile for every client.",
      "",
      "Last, Hye-jin Park from Seaforth did a quick slot on the admission controller her team wrote to stop people deploying on Fridays.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Henrike Vos"], title: null },
        { speakers: ["Tunde Bakare"], title: null },
        { speakers: ["Ines Carvalho"], title: null },
        { speakers: ["Hye-jin Park"], title: null },
      ],
    );
  });

  it("still reads the title after 'how to', or one quoted or linked after a description", () => {
    const talks = readTalks([
      `Kicking off was Mirela Dinu from Salcombe with a great discussion on how to Tame your Ingress Controllers (starting at [4:10](https://youtu.be/${VIDEO}?t=250)).`,
      "",
      `Next, Omar Haddad from Rookwell explained how they rebuilt CI in "Pipelines Without Tears" (starting at [40:00](https://youtu.be/${VIDEO}?t=2400)).`,
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["Tame your Ingress Controllers", "Pipelines Without Tears"],
    );
  });

  it("reads a topic told by a company's doing, a gerund or the speaker's own story as untitled, keeping the talk", () => {
    const talks = readTalks([
      "We had Arvo Tamm from Kestrel Logistics, Bea Lund of Norrhamn and Siôn Pryce at Gull Data.",
      "",
      "After the break Arvo talked about how Kestrel moved all of their builds onto Tekton. His main points:",
      "",
      "* Builds got slower first",
      "* Then much faster",
      "",
      `Next, Bea Lund shared her experience of running Kafka on Kubernetes for three years (starting at [40:00](https://youtu.be/${VIDEO}?t=2400)). It's on GitHub if you want the charts.`,
      "",
      "### Lightning talks",
      "",
      "* **Siôn Pryce** told the story of his first pull request to a CNCF project.",
    ]);
    assert.deepEqual(
      talks.map(({ speakers, title }) => ({ speakers, title })),
      [
        { speakers: ["Arvo Tamm"], title: null },
        { speakers: ["Bea Lund"], title: null },
        { speakers: ["Siôn Pryce"], title: null },
      ],
    );
  });

  it("keeps a talk whose paragraph tells readers to hire the speaker, or whose title is about hiring", () => {
    const talks = readTalks([
      "Chidi Eze from Larkfield gave the funniest talk of the night, YAML: A Love Story?. Chidi is between jobs, so if you're hiring, talk to him!",
      "",
      "Wrapping up was our panel, Hiring for Cloud Native Teams: Where Are All the SREs? Our panellists were Bongani Dlamini from Stratton Hale and Carys Evans from Ovenden Ltd.",
      "",
      "Ollie from Nimbusweave gave a five-minute demo of Nimbusweave Flow, their new product. They're hiring too.",
    ]);
    assert.deepEqual(
      talks.map((talk) => talk.title),
      ["YAML: A Love Story?", "Hiring for Cloud Native Teams: Where Are All the SREs?"],
    );
  });

  it("reads no talk from a speaker who pulled out or could not make it", () => {
    const talks = readTalks([
      "Kicking off was Ama Owusu from Lumen Labs with Leases Without Fear.",
      "",
      "Our second speaker, Akosua Mensah, unfortunately had to pull out on the day - we hope to have her back in the autumn.",
      "",
      "Sadly Piotr Zieliński was ill and couldn't make it, so his talk on Kustomize moves to March.",
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Ama Owusu"]]);
  });

  it("reads no talk from the host's own timed community update, but one from a chat it leads into", () => {
    const talks = readTalks([
      `After the welcome, I gave a short community update (starting at [3:05](https://youtu.be/${VIDEO}?t=185)) covering the new Cloud Native London Slack and the call for speakers.`,
      "",
      `We started (after my welcome and the usual housekeeping) with a fireside chat, starting at [12:40](https://youtu.be/${VIDEO}?t=760), between Marek Dąbrowski from Kubelantic and Yetunde Afolabi from Sablewood Ltd.`,
    ]);
    assert.deepEqual(talks.map((talk) => talk.speakers), [["Marek Dąbrowski", "Yetunde Afolabi"]]);
  });
});
