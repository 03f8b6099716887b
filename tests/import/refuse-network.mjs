/**
 * Preloaded into every Node process of the import test's build (NODE_OPTIONS=--import …): a fetch
 * that would leave the machine is refused and written to $FETCH_LOG. A social card missing a glyph
 * makes next/og fetch a font, and where there is no network that fails quietly, drawing boxes; the
 * log lets the test say the build fetched nothing, with or without a network. Plain JavaScript:
 * Next's build workers load it before anything could compile TypeScript.
 */
import { appendFileSync } from "node:fs";

const log = process.env.FETCH_LOG;
const realFetch = globalThis.fetch;
// Inline data (satori's WebAssembly), files, and this machine are not the network.
const LOCAL = /^(?:data:|blob:|file:|https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?:[:/]|$))/i;

globalThis.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (LOCAL.test(url)) return realFetch(input, init);
  if (log) appendFileSync(log, `${url}\n`);
  return Promise.reject(new TypeError(`the import test's build is offline: ${url}`));
};
