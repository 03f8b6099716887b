import { notFound } from "next/navigation";
import { TalkView } from "@/components/talks/talk-view";
import { getRecap, getRecapTalks, getTalk, getTalks } from "@/lib/content";
import { talkDescription, talkTitle } from "@/lib/render/format";
import { buildMetadata, generatedPreview } from "@/lib/render/metadata";
import { talkPlayback } from "@/lib/render/playback";
import { youTubeEmbedUrl } from "@/lib/youtube";

type TalkPageProps = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTalks().map((talk) => ({ slug: talk.slug }));
}

export async function generateMetadata({ params }: TalkPageProps) {
  const talk = getTalk((await params).slug);
  if (!talk) return {};
  const playback = talkPlayback(talk, talk.recap.videoId);
  return buildMetadata({
    title: talkTitle(talk),
    description: talkDescription(talk),
    path: talk.path,
    images: [generatedPreview(talk.path, talkTitle(talk))],
    type: "article",
    publishedTime: talk.recap.date,
    video: playback ? youTubeEmbedUrl(playback.videoId, { start: playback.seconds }) : null,
  });
}

export default async function TalkPage({ params }: TalkPageProps) {
  const talk = getTalk((await params).slug);
  const recap = talk && getRecap(talk.recap.slug);
  if (!talk || !recap) notFound();
  return <TalkView talk={talk} recap={recap} evening={getRecapTalks(recap.slug)} />;
}
