import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { firstVideo, playerTalks, talkPlayback } from "../../../lib/render/playback";

const RECAP = "Kq3ZtW9xLm2";
const OWN = "Zr8Kp2Lq4Xw";

describe("where a talk plays", () => {
  it("plays a timestamped talk from its moment in the recap's video", () => {
    assert.deepEqual(talkPlayback({ videoId: RECAP, start: 1465 }, RECAP), { videoId: RECAP, seconds: 1465, ownRecording: false });
  });
  it("plays a talk with its own recording from that video's start", () => {
    assert.deepEqual(talkPlayback({ videoId: OWN, start: null }, RECAP), { videoId: OWN, seconds: 0, ownRecording: true });
    assert.deepEqual(talkPlayback({ videoId: OWN, start: 90 }, null), { videoId: OWN, seconds: 90, ownRecording: true });
  });
  it("cannot play a talk with no moment in the recap's video, or with no video at all", () => {
    assert.equal(talkPlayback({ videoId: RECAP, start: null }, RECAP), null);
    assert.equal(talkPlayback({ videoId: null, start: 300 }, null), null);
  });
  it("shows the recap's video first, or else the first talk's own recording", () => {
    assert.equal(firstVideo(RECAP, [{ videoId: OWN, start: null }]), RECAP);
    assert.equal(firstVideo(null, [{ videoId: null, start: null }, { videoId: OWN, start: null }]), OWN);
    assert.equal(firstVideo(null, []), null);
  });

  it("sends the player only each talk's anchor, moment and video, not the whole talk", () => {
    const talk = { anchor: "kong", start: 1465, videoId: RECAP, speakers: ["Viktor Gamov"], takeaways: ["Gateway API"], doubts: [] };
    assert.deepEqual(playerTalks([talk]), [{ anchor: "kong", start: 1465, videoId: RECAP }]);
  });
});
