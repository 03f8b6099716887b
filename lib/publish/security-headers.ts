import { YOUTUBE_EMBED_ORIGIN } from "../youtube";

export type Header = { key: string; value: string };

/**
 * Sent with every response. The CSP allows the site's own origin only, plus frames from the
 * privacy-enhanced YouTube host (loaded once the viewer presses Play). Next.js inlines its own
 * bootstrapping scripts in static HTML, which a per-request nonce would make dynamic, so scripts
 * keep 'unsafe-inline'; recap HTML is sanitized, so no organiser text can add a script.
 */
/**
 * An SVG opened on its own is a document in the site's origin: it may show itself and its styles,
 * never run script (the check refuses such SVGs too; this holds for any that slip past it).
 */
export const SVG_HEADERS: readonly Header[] = [{ key: "Content-Security-Policy", value: "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'none'; sandbox" }];

export function securityHeaders({ development = false }: { development?: boolean } = {}): Header[] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const youtube = `"${YOUTUBE_EMBED_ORIGIN}"`;
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: `camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), autoplay=(self ${youtube}), encrypted-media=(self ${youtube}), fullscreen=(self ${youtube}), picture-in-picture=(self ${youtube})`,
    },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
