import { notFound } from "next/navigation";
import { getRecap, getRecaps } from "@/lib/content";
import { formatDate, formatSpeakers } from "@/lib/render/format";
import { OG_IMAGE_SIZE, ogImage } from "@/lib/render/og-card";

export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Meetup recap";

export function generateStaticParams() {
  return getRecaps().map((recap) => ({ slug: recap.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const recap = getRecap((await params).slug);
  if (!recap) notFound();
  const speakers = formatSpeakers([...new Set(recap.talks.flatMap((talk) => talk.speakers))]);
  return ogImage({ eyebrow: `Recap · ${formatDate(recap.date)}`, title: recap.title, lines: speakers ? [`With ${speakers}`] : [recap.location] });
}
