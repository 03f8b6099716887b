import { notFound } from "next/navigation";
import { SpeakerView } from "@/components/talks/speaker-view";
import { getSpeaker, getSpeakers } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { speakerFeed } from "@/lib/publish/feed-channels";
import { buildMetadata, generatedPreview } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

type SpeakerPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSpeakers().map((speaker) => ({ slug: speaker.slug }));
}

export async function generateMetadata({ params }: SpeakerPageProps) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) return {};
  return buildMetadata({
    title: speaker.name,
    description: `${speaker.name}: ${pluralise(speaker.talks.length, "talk")} at ${siteConfig.name}, with recordings and takeaways.`,
    path: `/speakers/${speaker.slug}`,
    images: [generatedPreview(`/speakers/${speaker.slug}`, speaker.name)],
    feed: speakerFeed(speaker),
  });
}

export default async function SpeakerPage({ params }: SpeakerPageProps) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) notFound();
  return <SpeakerView speaker={speaker} />;
}
