import { notFound } from "next/navigation";
import { TagRecaps } from "@/components/recap/tag-recaps";
import { getTag, getTagPage, getTags } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { tagFeed } from "@/lib/publish/feed-channels";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";
import { tagPath } from "@/lib/slug";

type TagPageProps = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: TagPageProps) {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return buildMetadata({
    title: `Recaps tagged ${tag.name}`,
    description: `${pluralise(tag.recaps.length, "recap")} of ${siteConfig.name} tagged ${tag.name}.`,
    path: tagPath(tag.slug),
    feed: tagFeed(tag),
  });
}

export default async function TagPage({ params }: TagPageProps) {
  const shown = getTagPage((await params).tag, 1);
  if (!shown) notFound();
  return <TagRecaps tag={shown.tag} recaps={shown.recaps} />;
}
