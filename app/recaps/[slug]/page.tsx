import { notFound } from "next/navigation";
import { RecapView } from "@/components/recap/recap-view";
import { getRecap, getRecapTalks, getRecaps } from "@/lib/content";
import { buildMetadata, generatedPreview } from "@/lib/render/metadata";
import { youTubeEmbedUrl } from "@/lib/youtube";

type RecapPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getRecaps().map((recap) => ({ slug: recap.slug }));
}

export async function generateMetadata({ params }: RecapPageProps) {
  const recap = getRecap((await params).slug);
  if (!recap) return {};
  return buildMetadata({
    title: recap.title,
    description: recap.summary,
    path: recap.url,
    images: [generatedPreview(recap.url, recap.title), ...(recap.cover ? [{ ...recap.cover, url: recap.cover.src }] : [])],
    type: "article",
    publishedTime: recap.date,
    video: recap.videoId ? youTubeEmbedUrl(recap.videoId) : null,
  });
}

export default async function RecapPage({ params }: RecapPageProps) {
  const recap = getRecap((await params).slug);
  if (!recap) notFound();
  return <RecapView recap={recap} talks={getRecapTalks(recap.slug)} />;
}
