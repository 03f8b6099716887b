import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { siteConfig } from "../site-config";

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

// Satori reads WOFF (not WOFF2); the fonts ship in an npm package, so builds need no network.
const font = (weight: 400 | 700) => readFileSync(path.join(process.cwd(), `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
// One array for every card: Satori caches parsed fonts per array, so a new one per card re-parses them.
const FONTS = [
  { name: "Inter", data: font(400), weight: 400 as const, style: "normal" as const },
  { name: "Inter", data: font(700), weight: 700 as const, style: "normal" as const },
];

type OgCard = { eyebrow: string; title: string; lines: string[] };

/** The social preview: community name, what the page is, and who spoke. */
export function ogImage({ eyebrow, title, lines }: OgCard): ImageResponse {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, color: "white", fontFamily: "Inter", backgroundImage: "linear-gradient(135deg, #13245c 0%, #2b59d9 60%, #5b8cff 100%)" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 700 }}>
          <div style={{ width: 64, height: 64, borderRadius: 18, background: "white", display: "flex", alignItems: "center", justifyContent: "center" }}>
            <div style={{ width: 30, height: 30, borderRadius: 15, border: "6px solid #2b59d9" }} />
          </div>
          {siteConfig.name}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
          <div style={{ fontSize: 30, color: "#c7d6ff", textTransform: "uppercase", letterSpacing: 3 }}>{eyebrow}</div>
          <div style={{ fontSize: title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 8, fontSize: 30, color: "#e3eaff" }}>
          {lines.map((line) => (
            <div key={line} style={{ display: "flex" }}>
              {line}
            </div>
          ))}
        </div>
      </div>
    ),
    {
      ...OG_IMAGE_SIZE,
      fonts: FONTS,
    },
  );
}
