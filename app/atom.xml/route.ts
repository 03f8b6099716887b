import { getRecaps } from "@/lib/content";
import { feedResponse } from "@/lib/publish/feed";
import { siteFeed } from "@/lib/publish/feed-channels";

export const dynamic = "force-static";

export function GET() {
  return feedResponse(getRecaps(), siteFeed, "atom");
}
