import { getRecaps, getTalks } from "@/lib/content";
import { searchIndexResponse } from "@/lib/publish/search-index";
import { nameIndexOptions } from "@/lib/search-schema";

// The small index the search dialog fetches first (lib/search-schema.ts).
export const dynamic = "force-static";

export function GET() {
  return searchIndexResponse(getRecaps(), getTalks(), nameIndexOptions);
}
