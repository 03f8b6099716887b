import { getRecaps, getTalks } from "@/lib/content";
import { buildSearchDocuments, buildSearchIndex } from "@/lib/publish/search-index";

// Built once at build time; the browser fetches it only when the search opens.
export const dynamic = "force-static";

export function GET() {
  const index = buildSearchIndex(buildSearchDocuments(getRecaps(), getTalks()));
  return new Response(JSON.stringify(index), { headers: { "content-type": "application/json; charset=utf-8" } });
}
