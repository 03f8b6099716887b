import { getRecaps } from "@/lib/content";
import { recapFeedXml } from "@/lib/publish/feed";

export const dynamic = "force-static";

export function GET() {
  return new Response(recapFeedXml(getRecaps()), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}
