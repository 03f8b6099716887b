import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  normaliseYouTubeUrl,
  parseYouTubeUrl,
  YOUTUBE_EMBED_ORIGIN,
  youTubeEmbedUrl,
  youTubeThumbnailUrl,
  youTubeWatchUrl,
} from "../../lib/youtube";

const ID = "En88atN_VgI";
const DASHED = "a-b_C1d2E3f";

describe("parseYouTubeUrl", () => {
  const valid: [string, string, number | null][] = [
    [`https://youtu.be/${ID}`, ID, null],
    [`https://youtu.be/${ID}?t=1465`, ID, 1465],
    [`youtu.be/${ID}?si=AbCdEf123&t=1465`, ID, 1465],
    [`https://youtu.be/${ID}?si=x&t=1465`, ID, 1465],
    [`https://www.youtube.com/watch?v=${ID}`, ID, null],
    [`https://www.youtube.com/watch?v=${ID}&t=1465`, ID, 1465],
    [`https://www.youtube.com/watch?feature=share&v=${ID}&t=3661s`, ID, 3661],
    [`https://m.youtube.com/watch?v=${ID}`, ID, null],
    [`m.youtube.com/watch?v=${ID}&t=94`, ID, 94],
    [`https://youtube.com/watch?v=${ID}`, ID, null],
    [`https://youtube.com/live/${ID}?si=abc123&t=4700`, ID, 4700],
    [`https://www.youtube.com/live/${ID}`, ID, null],
    [`https://youtu.be/${ID}?t=1h2m3s`, ID, 3723],
    [`https://youtu.be/${ID}?t=24m25s`, ID, 1465],
    [`https://youtu.be/${ID}?t=1465s`, ID, 1465],
    [`https://www.youtube.com/watch?v=${ID}#t=1465`, ID, 1465],
    [`https://www.youtube.com/watch?v=${ID}#t=24m25s`, ID, 1465],
    [`https://www.youtube.com/embed/${ID}`, ID, null],
    [`https://www.youtube.com/embed/${ID}/`, ID, null],
    [`https://www.youtube-nocookie.com/embed/${ID}`, ID, null],
    [`https://youtube-nocookie.com/embed/${ID}?start=94`, ID, 94],
    [`https://www.youtube.com/embed/${ID}?start=1465`, ID, 1465],
    [`https://www.youtube.com/embed/${ID}?start=1465&autoplay=1`, ID, 1465],
    [`https://youtube.com/shorts/${ID}`, ID, null],
    [`https://www.youtube.com/v/${ID}`, ID, null],
    [`https://www.youtube.com/v/${ID}?version=3&hl=en_GB`, ID, null],
    [`www.youtube.com/watch?v=${ID}`, ID, null],
    [`youtube.com/embed/${ID}`, ID, null],
    [`//youtube.com/embed/${ID}`, ID, null],
    [`//www.youtube-nocookie.com/embed/${ID}?start=5`, ID, 5],
    [`https://youtu.be/${DASHED}`, DASHED, null],
    [`HTTPS://WWW.YOUTUBE.COM/watch?v=${ID}`, ID, null],
    // An unreadable t= keeps the video but drops the start.
    [`https://youtu.be/${ID}?t=soon`, ID, null],
  ];
  for (const [url, videoId, start] of valid) {
    it(`reads ${url}`, () => {
      assert.deepEqual(parseYouTubeUrl(url), { videoId, start });
    });
  }

  const invalid = [
    "",
    "not a url",
    `https://vimeo.com/${ID}`,
    `https://www.twitch.tv/videos/${ID}`,
    `https://example.com/watch?v=${ID}`,
    `https://youtube.com.evil.example/watch?v=${ID}`,
    `https://notyoutube.com/watch?v=${ID}`,
    "https://www.youtube.com/watch?v=short",
    `https://www.youtube.com/watch?v=${ID}x`,
    "https://www.youtube.com/watch?v=En88atN_Vg!",
    "https://www.youtube.com/watch",
    "https://youtu.be/",
    `https://youtu.be/${ID}/extra`,
    "https://www.youtube.com/@cloudnativelondon",
    "https://www.youtube.com/playlist?list=PL123",
    `https://www.youtube.com/channel/${ID}`,
    `https://www.youtube-nocookie.com/watch?v=${ID}`,
    `ftp://youtu.be/${ID}`,
    `https://user:pass@youtu.be/${ID}`,
    // Malformed forms only normaliseYouTubeUrl accepts.
    `http://youtu.be/${ID}`,
    `https://www.youtube.com/embed/v=${ID}`,
    `https://www.youtube.com/${ID}`,
    ` https://youtu.be/${ID}`,
  ];
  for (const url of invalid) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      assert.equal(parseYouTubeUrl(url), null);
    });
  }
});

describe("normaliseYouTubeUrl", () => {
  it("reports well-formed URLs as not repaired", () => {
    assert.deepEqual(normaliseYouTubeUrl(`https://youtu.be/${ID}?t=1465`), { videoId: ID, start: 1465, repaired: false });
    assert.deepEqual(normaliseYouTubeUrl(`https://www.youtube.com/embed/${ID}`), { videoId: ID, start: null, repaired: false });
  });

  const repaired: [string, number | null][] = [
    [`http://youtu.be/${ID}?t=1465`, 1465],
    [`http://www.youtube.com/watch?v=${ID}`, null],
    [`HTTP://www.youtube.com/embed/${ID}`, null],
    [`https://www.youtube.com/embed/v=${ID}`, null],
    [`youtube.com/embed/v=${ID}?start=94`, 94],
    [`https://www.youtube.com/${ID}`, null],
    [`youtube.com/${ID}?t=24m25s`, 1465],
    [`  https://youtu.be/${ID}  `, null],
    [`https://youtu.be/ ${ID}?t=1465`, 1465],
    [`https://www.youtube.com/watch?v=${ID}\n&t=94`, 94],
    [`https://www.youtube.com/watch?v=${ID}?t=1465`, 1465],
    [`https://youtu.be/${ID}&t=1465`, 1465],
  ];
  for (const [url, start] of repaired) {
    it(`repairs ${JSON.stringify(url)}`, () => {
      assert.deepEqual(normaliseYouTubeUrl(url), { videoId: ID, start, repaired: true });
    });
  }

  const invalid = [`http://vimeo.com/${ID}`, "https://www.youtube.com/embed/v=short", "https://www.youtube.com/watch", "https://www.youtube.com/about", "   ", `https://example.com/${ID}`];
  for (const url of invalid) {
    it(`still rejects ${JSON.stringify(url)}`, () => {
      assert.equal(normaliseYouTubeUrl(url), null);
    });
  }
});

describe("URL builders", () => {
  it("exports the embed origin", () => {
    assert.equal(YOUTUBE_EMBED_ORIGIN, "https://www.youtube-nocookie.com");
  });

  it("builds embed URLs", () => {
    assert.equal(youTubeEmbedUrl(ID), `https://www.youtube-nocookie.com/embed/${ID}?enablejsapi=1&rel=0`);
    assert.equal(youTubeEmbedUrl(ID, { start: 1465 }), `https://www.youtube-nocookie.com/embed/${ID}?enablejsapi=1&rel=0&start=1465`);
    assert.equal(youTubeEmbedUrl(ID, { start: 94.7, autoplay: true }), `https://www.youtube-nocookie.com/embed/${ID}?enablejsapi=1&rel=0&start=94&autoplay=1`);
    assert.equal(youTubeEmbedUrl(ID, { start: 0 }), `https://www.youtube-nocookie.com/embed/${ID}?enablejsapi=1&rel=0`);
    assert.equal(youTubeEmbedUrl(ID, { start: null, autoplay: true }), `https://www.youtube-nocookie.com/embed/${ID}?enablejsapi=1&rel=0&autoplay=1`);
    assert.equal(youTubeEmbedUrl(ID, { autoplay: false }), `https://www.youtube-nocookie.com/embed/${ID}?enablejsapi=1&rel=0`);
  });

  it("builds watch URLs", () => {
    assert.equal(youTubeWatchUrl(ID), `https://www.youtube.com/watch?v=${ID}`);
    assert.equal(youTubeWatchUrl(ID, null), `https://www.youtube.com/watch?v=${ID}`);
    assert.equal(youTubeWatchUrl(ID, 0), `https://www.youtube.com/watch?v=${ID}`);
    assert.equal(youTubeWatchUrl(ID, 1465), `https://www.youtube.com/watch?v=${ID}&t=1465s`);
  });

  it("builds thumbnail URLs", () => {
    assert.equal(youTubeThumbnailUrl(ID), `https://i.ytimg.com/vi/${ID}/hqdefault.jpg`);
  });

  it("round-trips built URLs through the parser", () => {
    assert.deepEqual(parseYouTubeUrl(youTubeEmbedUrl(ID, { start: 94 })), { videoId: ID, start: 94 });
    assert.deepEqual(parseYouTubeUrl(youTubeWatchUrl(ID, 1465)), { videoId: ID, start: 1465 });
  });
});
