import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { readInlineScripts, scriptHash } from "../../../lib/publish/inline-scripts";
import {
  literalRouteRegex,
  literalRouteSource,
  manifestHasPageRules,
  manifestWithPageRules,
  pagePolicy,
  pageScriptHashes,
  readExportedPages,
  readNextPages,
  withPageRules,
  type HeaderRule,
} from "../../../lib/publish/page-csp";
import { BASELINE_POLICY, contentSecurityPolicy, embeddableResources, securityHeaders, SVG_HEADERS } from "../../../lib/publish/security-headers";
import { headersFile } from "../../../lib/publish/static-export";

const scripts = (html: string) => readInlineScripts(html).scripts;
const scriptSources = (policy: string) => /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1]?.split(" ") ?? [];

describe("the inline scripts of a page, as the browser reads them", () => {
  it("hashes a script's text as the CSP standard's own example does", () => {
    assert.equal(scriptHash("alert('Hello, world.');"), "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it("takes scripts the browser runs or checks, and leaves files and data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>one()</script>",
      '<script type="application/ld+json">{"@type":"Event"}</script>',
      '<script type=" Text/JavaScript ">two()</script>',
      '<script type="module">three()</script>',
      '<script type="importmap">{"imports":{}}</script>',
      '<script type="text/javascript; charset=utf-8">not run</script>',
      '<script language="javascript">four()</script>',
      '<script id="_R_">(self.__next_f=self.__next_f||[]).push([0])</script>',
    ].join("");
    assert.deepEqual(scripts(html), ["one()", "two()", "three()", '{"imports":{}}', "four()", "(self.__next_f=self.__next_f||[]).push([0])"]);
  });

  it("keeps the text byte for byte: no character reference is decoded inside a script", () => {
    assert.deepEqual(scripts("<script>a('&amp;&lt;/script&gt;&#39;')</script>"), ["a('&amp;&lt;/script&gt;&#39;')"]);
    assert.deepEqual(scripts('<script>self.__next_f.push([1,"\\u003cb\\u003e"])</script>'), ['self.__next_f.push([1,"\\u003cb\\u003e"])']);
  });

  it("reads the text after the input stream's rules: CR LF and CR become LF, NUL becomes U+FFFD", () => {
    assert.deepEqual(scripts("<script>a()\r\nb()\rc()\u0000</script>"), ["a()\nb()\nc()\uFFFD"]);
  });

  it("ends a script where the parser ends it", () => {
    assert.deepEqual(scripts("<script>a()</SCRIPT >b<script>c()</script/>"), ["a()", "c()"]);
    assert.deepEqual(scripts("<script>x='</scripts>'</script>"), ["x='</scripts>'"]);
    // After '<!--', a '<script>' hides the next '</script>' until '-->' (the standard's escaped states).
    assert.deepEqual(scripts("<script><!--<script>x()</script>y()--></script><script>z()</script>"), ["<!--<script>x()</script>y()-->", "z()"]);
    assert.deepEqual(scripts("<script><!-- a() --></script>"), ["<!-- a() -->"]);
    assert.deepEqual(scripts("<script><!--></script><script>b()</script>"), ["<!-->", "b()"]);
  });

  it("never takes text that only looks like a script for one", () => {
    const html = [
      "<!-- <script>comment()</script> -->",
      "<title><script>title()</script></title>",
      "<textarea><script>textarea()</script></textarea>",
      "<style>/* <script>style()</script> */</style>",
      "<noscript><script>noscript()</script></noscript>",
      '<a title="<script>attribute()</script>" href=x>link</a>',
      "<script>real()</script>",
    ].join("");
    assert.deepEqual(scripts(html), ["real()"]);
  });

  it("refuses a script inside SVG and reports inline event handlers, which no hash can allow", () => {
    assert.throws(() => readInlineScripts("<svg><script>a()</script></svg>"), /inside <svg> or <math>/);
    assert.deepEqual(scripts('<svg viewBox="0 0 1 1"><path d="M0"/></svg><script>a()</script>'), ["a()"]);
    assert.deepEqual(readInlineScripts('<img src="x" onerror="a()"><body onload=b()>').handlers, ["<img onerror>", "<body onload>"]);
    assert.throws(() => pageScriptHashes('<img onerror="a()">', "x.html"), /x\.html: inline event handlers \(<img onerror>\) would need 'unsafe-hashes'/);
  });

  it("lists each hash once, in document order", () => {
    assert.deepEqual(pageScriptHashes("<script>b()</script><script>a()</script><script>b()</script>", "x.html"), [scriptHash("b()"), scriptHash("a()")]);
  });
});

describe("the site's Content-Security-Policy", () => {
  it("allows in production only the site's files and the scripts whose hashes it lists, and upgrades http", () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] });
    assert.deepEqual(scriptSources(policy), ["'self'", "'sha256-abc='"]);
    assert.match(policy, /; upgrade-insecure-requests$/);
    assert.match(policy, /frame-src https:\/\/www\.youtube-nocookie\.com; /);
    assert.match(policy, /object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'/);
  });

  it("keeps inline scripts and eval for next dev, which serves plain http", () => {
    const policy = contentSecurityPolicy({ development: true });
    assert.deepEqual(scriptSources(policy), ["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    assert.doesNotMatch(policy, /upgrade-insecure-requests/);
  });

  it("sends every response CORP same-origin, and lets photos, cards, the icon and the feeds be embedded", () => {
    assert.deepEqual(
      securityHeaders().find((header) => header.key === "Cross-Origin-Resource-Policy"),
      { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    );
    assert.deepEqual(
      embeddableResources().map((resource) => resource.route),
      ["/images/:path*", "/:path*/opengraph-image", "/icon.svg", "/feed.xml", "/atom.xml", "/feed.json", "/speakers/:slug/feed.xml", "/tags/:tag/feed.xml", "/next-meetup.ics"],
    );
    assert.deepEqual(embeddableResources()[1]?.hostPaths, ["/opengraph-image.png", "/*/opengraph-image.png"]);
  });
});

/** A folder of files, written from `files` (relative path → content). */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "page-csp-"));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

const page = (script: string) => `<!DOCTYPE html><html><head><script>${script}</script></head><body><script src="/a.js"></script></body></html>`;

describe("the pages of next build and of the static export", () => {
  it("reads every prerendered page at the address next start serves it, and the 404 page as the fallback", () => {
    const app = folder({
      "index.html": page("home()"),
      "recaps.html": page("list()"),
      "recaps/a-meetup.html": page("recap()"),
      "_not-found.html": page("missing()"),
      "_global-error.html": page("failed()"),
      "robots.txt.body": "User-agent: *",
      "plain.html": "<!DOCTYPE html><p>no script",
    });
    assert.deepEqual(readNextPages(app), {
      pages: [
        { address: "/", hashes: [scriptHash("home()")] },
        { address: "/recaps", hashes: [scriptHash("list()")] },
        { address: "/recaps/a-meetup", hashes: [scriptHash("recap()")] },
      ],
      fallback: [scriptHash("failed()"), scriptHash("missing()")],
    });
  });

  it("refuses a build without its 404 page, which answers every unknown address", () => {
    assert.throws(() => readNextPages(folder({ "index.html": page("home()") })), /_not-found\.html does not exist/);
  });

  it("reads the export's pages at their folder, with the trailing slash a static host serves them at", () => {
    const out = folder({ "index.html": page("home()"), "recaps/a-meetup/index.html": page("recap()"), "404.html": page("missing()"), "404/index.html": page("missing()"), "2022/07/06/a-meetup.html": "<!doctype html><meta http-equiv=refresh content=0>" });
    assert.deepEqual(readExportedPages(out).pages, [
      { address: "/", hashes: [scriptHash("home()")] },
      { address: "/recaps/a-meetup/", hashes: [scriptHash("recap()")] },
    ]);
  });
});

describe("the pages' rules in .next/routes-manifest.json", () => {
  const config: HeaderRule[] = [
    { source: "/:path*", headers: [...securityHeaders(), { key: "X-Other", value: "1" }], regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$" },
    { source: "/images/:path*", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }], regex: "^/images(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$" },
    { source: "/:file(.+\\.svg)", headers: [...SVG_HEADERS], regex: "^(?:/(.+\\.svg))(?:/)?$" },
  ];
  const site = { pages: [{ address: "/", hashes: ["'sha256-home='"] }, { address: "/recaps/a-meetup", hashes: ["'sha256-recap='"] }], fallback: ["'sha256-404='"] };

  it("puts the fallback's policy and then each page's right after the rule for every address, so later rules still win", () => {
    const rules = withPageRules(config, site);
    assert.deepEqual(rules.map((rule) => rule.source), ["/:path*", "/:path*", "/", "/recaps/a-meetup", "/images/:path*", "/:file(.+\\.svg)"]);
    assert.deepEqual(rules[1], { source: "/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ scriptHashes: ["'sha256-404='"] }) }], regex: config[0]?.regex });
    assert.deepEqual(rules[3], {
      source: "/recaps/a-meetup",
      // The 404 page's hashes too: header rules match any case, pages do not, so /RECAPS/A-MEETUP is the 404 page under this rule.
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ scriptHashes: ["'sha256-recap='", "'sha256-404='"] }) }],
      regex: "^/recaps/a-meetup(?:/)?$",
    });
    assert.ok(rules.slice(1, 4).every((rule) => !scriptSources(rule.headers[0]?.value ?? "").includes("'unsafe-inline'")));
  });

  it("replaces the rules of an earlier run, so running it twice changes nothing", () => {
    const once = withPageRules(config, site);
    assert.deepEqual(withPageRules(once, site), once);
    assert.deepEqual(withPageRules(once, { pages: [], fallback: [] }).length, config.length + 1);
  });

  it("refuses a configuration without the rule for every address", () => {
    assert.throws(() => withPageRules(config.slice(1), site), /no header rule for '\/:path\*' sends a Content-Security-Policy/);
  });

  it("keeps every other field of the manifest, and tells a build with the rules from one without", () => {
    const manifest = JSON.stringify({ version: 3, caseSensitive: false, headers: config, redirects: [{ source: "/a", destination: "/b", statusCode: 308, regex: "^/a$" }] });
    const updated = JSON.parse(manifestWithPageRules(manifest, site));
    assert.equal(updated.version, 3);
    assert.deepEqual(updated.redirects, [{ source: "/a", destination: "/b", statusCode: 308, regex: "^/a$" }]);
    assert.equal(updated.headers.length, config.length + 3);
    assert.equal(manifestHasPageRules(manifest), false);
    assert.equal(manifestHasPageRules(JSON.stringify(updated)), true);
    assert.equal(manifestHasPageRules("not json"), false);
  });

  it("matches each address literally, as the browser sends it", () => {
    assert.equal(literalRouteSource("/tags/c++"), "/tags/c\\+\\+");
    assert.equal(literalRouteSource("/talks/a-(live):demo"), "/talks/a-\\(live\\)\\:demo");
    assert.equal(literalRouteSource("/speakers/łukasz wróblewski"), "/speakers/%C5%82ukasz%20wr%C3%B3blewski");
    assert.equal(literalRouteRegex("/tags/c++"), "^/tags/c\\+\\+(?:/)?$");
    assert.equal(literalRouteRegex("/"), "^/(?:/)?$");
    assert.ok(new RegExp(literalRouteRegex("/recaps/a.b")).test("/recaps/a.b/"));
    assert.ok(!new RegExp(literalRouteRegex("/recaps/a.b")).test("/recaps/axb"));
  });
});

describe("the static export's _headers", () => {
  const pages = [{ address: "/", hashes: ["'sha256-home='"] }, { address: "/recaps/a-meetup/", hashes: ["'sha256-recap='"] }];
  const file = headersFile(pages);
  const block = (address: string) => new RegExp(`(?:^|\\n)${address.replace(/[*.]/g, "\\$&")}\\n((?: {2}[^\\n]*\\n)+)`).exec(file)?.[1] ?? "";

  it("sends every file the shared headers and a policy that leaves scripts to each page's own", () => {
    const every = block("/*");
    assert.match(every, /^ {2}X-Content-Type-Options: nosniff\n/);
    assert.ok(every.includes(`  Content-Security-Policy: ${BASELINE_POLICY}\n`));
    assert.doesNotMatch(BASELINE_POLICY, /script-src|default-src|unsafe/);
    // A host that joins the policies of two rules must not be left with two resource policies.
    assert.doesNotMatch(every, /Cross-Origin-Resource-Policy/);
  });

  it("gives each page its hashed policy and CORP same-origin, and keeps the file to one policy line a page", () => {
    assert.equal(block("/recaps/a-meetup/"), `  Content-Security-Policy: ${pagePolicy(pages[1]!)}\n  Cross-Origin-Resource-Policy: same-origin\n`);
    assert.deepEqual(scriptSources(pagePolicy(pages[0]!)), ["'self'", "'sha256-home='"]);
    assert.equal(file.split("\n").filter((line) => line.includes("'sha256-")).length, pages.length);
  });

  it("lets photos, social cards and feeds be embedded, and keeps the site's scripts and data to itself", () => {
    for (const address of ["/images/*", "/opengraph-image.png", "/*/opengraph-image.png", "/icon.svg", "/next-meetup.ics"]) assert.equal(block(address), "  Cross-Origin-Resource-Policy: cross-origin\n", address);
    assert.equal(block("/feed.xml"), "  Content-Type: application/rss+xml; charset=utf-8\n  Cross-Origin-Resource-Policy: cross-origin\n");
    for (const address of ["/_next/*", "/search-index.json", "/talks.json"]) assert.equal(block(address), "  Cross-Origin-Resource-Policy: same-origin\n", address);
  });
});
