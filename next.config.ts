import type { NextConfig } from "next";
import { readGeneratedRecaps } from "./lib/content/generated";
import { photoPatterns } from "./lib/publish/image-patterns";
import { oneHopRedirects, siteRedirects } from "./lib/publish/redirects";
import { CROSS_ORIGIN_RESOURCE, embeddableResources, securityHeaders, SVG_HEADERS } from "./lib/publish/security-headers";
import { siteConfig } from "./lib/site-config";

// `npm run export`: plain static files for any host, in out/ (redirects become HTML pages there).
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // It reads its zone files from beside its own code, which bundling would leave behind.
  serverExternalPackages: ["@touch4it/ical-timezones"],
  ...(staticExport ? { output: "export", distDir: "out", trailingSlash: true } : {}),
  images: {
    unoptimized: staticExport,
    localPatterns: photoPatterns(readGeneratedRecaps()),
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 640, 828, 1080, 1280, 1920],
  },
  ...(staticExport
    ? {}
    : {
        async headers() {
          // Later rules win for the same header. After next build, `npm run build` puts each page's
          // policy, with its scripts' hashes, right after the first rule (scripts/page-csp.ts).
          return [
            { source: "/:path*", headers: securityHeaders({ development: process.env.NODE_ENV === "development" }) },
            // Photos, social cards, the icon and the feeds stay embeddable by other sites.
            ...embeddableResources().map(({ route }) => ({ source: route, headers: [CROSS_ORIGIN_RESOURCE] })),
            // An SVG gets its own, stricter policy.
            { source: "/:file(.+\\.svg)", headers: [...SVG_HEADERS] },
          ];
        },
        // An old address with a trailing slash redirects in one hop (lib/publish/redirects.ts).
        skipTrailingSlashRedirect: true,
        async redirects() {
          return oneHopRedirects(siteRedirects(readGeneratedRecaps(), siteConfig.shortLinks));
        },
      }),
};

export default nextConfig;
