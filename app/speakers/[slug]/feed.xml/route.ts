import { notFound } from "next/navigation";
import { getSpeaker, getSpeakerRecaps, getSpeakers } from "@/lib/content";
import { feedResponse } from "@/lib/publish/feed";
import { speakerFeed } from "@/lib/publish/feed-channels";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getSpeakers().map((speaker) => ({ slug: speaker.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) notFound();
  return feedResponse(getSpeakerRecaps(speaker), speakerFeed(speaker), "rss");
}
