import { notFound } from "next/navigation";
import { TagRecaps } from "@/components/recap/tag-recaps";
import { getTagPage, getTagPages } from "@/lib/content";
import { pagePath, parsePage } from "@/lib/pagination";
import { tagFeed } from "@/lib/publish/feed-channels";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";
import { tagPath } from "@/lib/slug";

type TagPageProps = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTagPages().map(({ tag, page }) => ({ tag, page: String(page) }));
}

async function shownPage(params: TagPageProps["params"]) {
  const { tag, page } = await params;
  const number = parsePage(page);
  return number === null ? null : getTagPage(tag, number);
}

export async function generateMetadata({ params }: TagPageProps) {
  const shown = await shownPage(params);
  if (!shown) return {};
  const { tag, recaps } = shown;
  return buildMetadata({
    title: `Recaps tagged ${tag.name}, page ${recaps.page}`,
    description: `${siteConfig.name} recaps tagged ${tag.name}, newest first: page ${recaps.page} of ${recaps.pageCount}.`,
    path: pagePath(tagPath(tag.slug), recaps.page),
    feed: tagFeed(tag),
  });
}

// Page 1 is also /tags/<tag> (its canonical address), which is what every link gives.
export default async function TagNumberedPage({ params }: TagPageProps) {
  const shown = await shownPage(params);
  if (!shown) notFound();
  return <TagRecaps tag={shown.tag} recaps={shown.recaps} />;
}
