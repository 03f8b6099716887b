import { notFound } from "next/navigation";
import { PageIntro } from "@/components/layout/page-intro";
import { RecapGrid } from "@/components/recap/recap-grid";
import { getTag, getTags } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { tagFeed } from "@/lib/publish/feed-channels";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

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
    path: `/tags/${tag.slug}`,
    feed: tagFeed(tag),
  });
}

export default async function TagPage({ params }: TagPageProps) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  return (
    <>
      <PageIntro title={`Tagged “${tag.name}”`} description={pluralise(tag.recaps.length, "recap")} />
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <RecapGrid recaps={tag.recaps} prioritiseFirst headingLevel="h2" />
      </div>
    </>
  );
}
