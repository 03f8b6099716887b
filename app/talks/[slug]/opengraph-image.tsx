import { notFound } from "next/navigation";
import { getTalk, getTalks } from "@/lib/content";
import { formatDate, formatSpeakers, talkTitle } from "@/lib/render/format";
import { OG_IMAGE_SIZE, ogImage } from "@/lib/render/og-card";

export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Talk at the meetup";

export function generateStaticParams() {
  return getTalks().map((talk) => ({ slug: talk.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const talk = getTalk((await params).slug);
  if (!talk) notFound();
  const speakers = [formatSpeakers(talk.speakers), talk.company].filter(Boolean).join(" · ");
  return ogImage({ eyebrow: `Talk · ${formatDate(talk.recap.date)}`, title: talkTitle(talk), lines: [speakers, talk.recap.title].filter(Boolean) });
}
