import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { siteConfig } from "../site-config";

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

// Satori reads WOFF (not WOFF2). Every glyph a card can hold comes from an npm package: a glyph no font
// here has makes next/og fetch one from Google Fonts, which an offline build cannot.
const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource");
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];
type CardFont = { name: string; data: Buffer; weight: Weight; style: "normal"; lang?: string };

// Inter's subsets cover Latin (Polish, Turkish, Vietnamese too), Cyrillic and Greek.
const INTER_SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"];
// One array for every card without CJK: Satori caches parsed fonts per array, so a new one per card re-parses them.
const INTER: CardFont[] = WEIGHTS.flatMap((weight) =>
  // One name per subset: Satori looks a missing glyph up by family, not within fonts of one name.
  INTER_SUBSETS.map((subset) => ({ name: `Inter ${subset}`, data: readFileSync(path.join(FONT_DIR, `inter/files/inter-${subset}-${weight}-normal.woff`)), weight, style: "normal" as const })),
);

// Chinese, Japanese and Korean come in many small files by Unicode range; a card loads only the ones its text needs.
const CJK_FAMILIES = [
  // Satori looks CJK text up by language: a font without `lang` makes it fetch one.
  { name: "Noto Sans SC", package: "noto-sans-sc", lang: "zh-CN" },
  { name: "Noto Sans JP", package: "noto-sans-jp", lang: "ja-JP" },
  { name: "Noto Sans KR", package: "noto-sans-kr", lang: "ko-KR" },
];
type Chunk = { file: string; ranges: [number, number][] };
const chunkLists = new Map<string, Chunk[]>();
const chunkData = new Map<string, Buffer>();

function chunksOf(fontPackage: string, weight: Weight): Chunk[] {
  const key = `${fontPackage}/${weight}`;
  const known = chunkLists.get(key);
  if (known) return known;
  const css = readFileSync(path.join(FONT_DIR, fontPackage, `${weight}.css`), "utf8");
  const chunks = [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/gu)].map(([, file = "", ranges = ""]) => ({
    file: path.join(FONT_DIR, fontPackage, "files", file),
    ranges: ranges.split(",").map((range): [number, number] => {
      const [from = "0", to = from] = range.trim().replace(/^U\+/iu, "").split("-");
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    }),
  }));
  chunkLists.set(key, chunks);
  return chunks;
}

function cardFonts(text: string): CardFont[] {
  const wide = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0).filter((code) => code >= 0x2e80))];
  if (wide.length === 0) return INTER;
  const extra = CJK_FAMILIES.flatMap((family) =>
    WEIGHTS.flatMap((weight) =>
      chunksOf(family.package, weight)
        .filter((chunk) => wide.some((code) => chunk.ranges.some(([from, to]) => code >= from && code <= to)))
        .map((chunk) => {
          const data = chunkData.get(chunk.file) ?? readFileSync(chunk.file);
          chunkData.set(chunk.file, data);
          // Each file its own family name, as with Inter's subsets.
          return { name: `${family.name} ${path.basename(chunk.file).split("-").at(-3) ?? ""}`, data, weight, style: "normal" as const, lang: family.lang };
        }),
    ),
  );
  return [...INTER, ...extra];
}

const fontFamily = (fonts: readonly CardFont[]) => [...new Set(fonts.map((font) => font.name))].map((name) => `"${name}"`).join(", ");

// Satori draws emoji as images fetched from a CDN, so a card leaves them out rather than fail offline.
const withoutEmoji = (text: string) => text.replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu, "").replace(/\s{2,}/gu, " ").trim();

type OgCard = { eyebrow: string; title: string; lines: string[] };

/**
 * Rendered cards kept between builds, by what they show: Vercel keeps .next/cache from one build to
 * the next, so an unchanged recap's, speaker's or talk's card is not drawn again (each takes a few
 * hundred milliseconds, and an archive has thousands).
 */
const CARD_CACHE = path.join(process.cwd(), ".next", "cache", "social-cards");

/** The social preview: community name, what the page is, and who spoke. */
export async function ogImage(card: OgCard, cacheDir: string | null = CARD_CACHE): Promise<Response> {
  const eyebrow = withoutEmoji(card.eyebrow);
  const title = withoutEmoji(card.title);
  const lines = card.lines.map(withoutEmoji).filter((line) => line !== "");
  const fonts = cardFonts([siteConfig.name, eyebrow, title, ...lines].join(" "));
  const element = cardElement(eyebrow, title, lines, fonts);
  // The element holds every text and style of the card, so any change to the design changes the key too.
  const key = createHash("sha256")
    .update(JSON.stringify({ element, size: OG_IMAGE_SIZE, fonts: fonts.map((font) => [font.name, font.weight, font.data.length]) }))
    .digest("hex");
  const cached = cacheDir === null ? null : readCached(path.join(cacheDir, `${key}.png`));
  const png = cached ?? Buffer.from(await new ImageResponse(element, { ...OG_IMAGE_SIZE, fonts }).arrayBuffer());
  if (cacheDir !== null && cached === null) writeCached(cacheDir, `${key}.png`, png);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}

// A cache that cannot be read or written is no cache: the card is drawn as if it were not there.
function readCached(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

function writeCached(dir: string, name: string, png: Buffer): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed, so a build that stops halfway never leaves half a card behind.
    const partial = path.join(dir, `${name}.${process.pid}.partial`);
    writeFileSync(partial, png);
    renameSync(partial, path.join(dir, name));
  } catch {
    // The card was drawn; only the next build loses the shortcut.
  }
}

function cardElement(eyebrow: string, title: string, lines: readonly string[], fonts: readonly CardFont[]) {
  return (
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, color: "white", fontFamily: fontFamily(fonts), backgroundImage: "linear-gradient(135deg, #13245c 0%, #2b59d9 60%, #5b8cff 100%)" }}>
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
    )
  );
}
