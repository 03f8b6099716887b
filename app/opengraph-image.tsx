import { OG_IMAGE_SIZE, ogImage } from "@/lib/render/og-card";
import { siteConfig } from "@/lib/site-config";

export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = `${siteConfig.name}: recaps and recorded talks`;

export default function Image() {
  return ogImage({ eyebrow: "Recaps and recorded talks", title: siteConfig.tagline, lines: [new URL(siteConfig.url).hostname] });
}
