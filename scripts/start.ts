/**
 * `npm start`: Next.js's own production server (the same request handler `next start` runs), with
 * one addition. Next.js answers a `redirects()` rule without the headers of the `headers()` rules
 * (in 16.4 `resolve-routes.js` returns a matched redirect with `resHeaders: null`), so its 307 and
 * 308 would carry no security header. Each response is given the site's headers before Next.js
 * handles it; Next.js's own rules then replace them (a page's policy with its scripts' hashes, an
 * SVG's stricter one), and a redirect keeps them. Vercel never runs this file (see the README's
 * security section for its redirects).
 */
// First: refuse a .next that would serve the site without its redirects, headers or scripts' hashes.
import "./refuse-export-build";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { securityHeaders } from "../lib/publish/security-headers";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`npm start: ${values.port ?? process.env.PORT} is not a port number; pass one with -p, e.g. npm start -- -p 3000.`);
  process.exit(1);
}

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const headers = securityHeaders();

createServer((request, response) => {
  for (const { key, value } of headers) response.setHeader(key, value);
  void handle(request, response);
}).listen(port, hostname, () => {
  console.log(`Ready: http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});
