import { notFound } from "next/navigation";
import { getTag, getTags } from "@/lib/content";
import { feedResponse } from "@/lib/publish/feed";
import { tagFeed } from "@/lib/publish/feed-channels";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  return feedResponse(tag.recaps, tagFeed(tag), "rss");
}
