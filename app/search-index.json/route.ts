import { getRecaps, getTalks } from "@/lib/content";
import { searchIndexResponse } from "@/lib/publish/search-index";
import { searchIndexOptions } from "@/lib/search-schema";

// The full index, which the search dialog fetches after the small one (lib/search-schema.ts).
export const dynamic = "force-static";

export function GET() {
  return searchIndexResponse(getRecaps(), getTalks(), searchIndexOptions);
}
