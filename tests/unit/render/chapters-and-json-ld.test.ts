import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { youTubeChapters } from "../../../lib/render/chapters";
import { checkRecapDirectory } from "../../../lib/content/check";
import type { Talk } from "../../../lib/content/model";
import { recapVideoJsonLd, talkRecordingsJsonLd } from "../../../lib/render/json-ld";

const { recaps } = checkRecapDirectory("content/recaps", "public");
const september = recaps.find((recap) => recap.slug === "cloud-native-london-september-2022");

const talk = (start: number | null, title: string): Talk => ({
  speakers: ["Jane Doe"],
  company: null,
  title,
  start,
  videoId: "En88atN_VgI",
  takeaways: [],
  anchor: title.toLowerCase(),
  line: 1, doubts: [],
  speakerSlugs: ["jane-doe"],
  companySlug: null,
});

describe("youTubeChapters", () => {
  it("starts at 0:00 Welcome and lists the talks in order", () => {
    assert.equal(
      youTubeChapters(september?.talks ?? []),
      "0:00 Welcome\n24:25 Viktor Gamov: Supercharge your Kubernetes Ingress\n1:01:01 Dimitris Finas: New observability with OpenTelemetry & Distributed Traces\n1:48:07 Jaap Brasser: Chaos Engineering Implementations Demystified",
    );
  });

  it("puts a first talk within ten seconds at 0:00 instead of adding Welcome, and skips talks without a start", () => {
    assert.equal(youTubeChapters([talk(5, "A"), talk(null, "B"), talk(600, "C")]), "0:00 Jane Doe: A\n10:00 Jane Doe: C");
  });

  it("has no chapters when no talk has a start", () => {
    assert.equal(youTubeChapters([talk(null, "A")]), null);
  });
});

describe("recapVideoJsonLd", () => {
  it("describes the video with one Clip per talk, each ending where the next starts", () => {
    assert.ok(september);
    const data = recapVideoJsonLd(september);
    assert.equal(data?.["@type"], "VideoObject");
    assert.equal(data?.embedUrl, "https://www.youtube-nocookie.com/embed/En88atN_VgI?enablejsapi=1&rel=0");
    assert.deepEqual(data?.hasPart, [
      { "@type": "Clip", name: "Viktor Gamov: Supercharge your Kubernetes Ingress", startOffset: 1465, endOffset: 3661, url: "https://cloudnative.london/recaps/cloud-native-london-september-2022?t=1465" },
      { "@type": "Clip", name: "Dimitris Finas: New observability with OpenTelemetry & Distributed Traces", startOffset: 3661, endOffset: 6487, url: "https://cloudnative.london/recaps/cloud-native-london-september-2022?t=3661" },
      { "@type": "Clip", name: "Jaap Brasser: Chaos Engineering Implementations Demystified", startOffset: 6487, url: "https://cloudnative.london/recaps/cloud-native-london-september-2022?t=6487" },
    ]);
  });

  it("gives a talk with its own recording a VideoObject of that video, and leaves it out of the recap's Clips", () => {
    assert.ok(september);
    const [first, ...rest] = september.talks;
    assert.ok(first);
    const recap = { ...september, talks: [{ ...first, videoId: "Zr8Kp2Lq4Xw", start: null }, ...rest] };
    const [video, ...others] = talkRecordingsJsonLd(recap);
    assert.equal(others.length, 0);
    assert.equal(video?.name, "Viktor Gamov: Supercharge your Kubernetes Ingress");
    assert.equal(video?.embedUrl, "https://www.youtube-nocookie.com/embed/Zr8Kp2Lq4Xw?enablejsapi=1&rel=0");
    const clips = recapVideoJsonLd(recap)?.hasPart;
    assert.ok(Array.isArray(clips) && clips.length === 2, "the recap's video keeps its other two talks");
  });
});
