import { getTalks } from "@/lib/content";
import { toTalkListItem } from "@/lib/talk-browser";

// Built once at build time; /talks fetches it only when a visitor filters or asks for every talk.
export const dynamic = "force-static";

export function GET() {
  return Response.json(getTalks().map(toTalkListItem));
}
