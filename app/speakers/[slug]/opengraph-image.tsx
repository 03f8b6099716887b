import { notFound } from "next/navigation";
import { getSpeaker, getSpeakers } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { OG_IMAGE_SIZE, ogImage } from "@/lib/render/og-card";

export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Speaker at the meetup";

export function generateStaticParams() {
  return getSpeakers().map((speaker) => ({ slug: speaker.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) notFound();
  const titles = speaker.talks.slice(0, 2).map((talk) => `“${talk.title ?? "Talk"}”`);
  return ogImage({ eyebrow: `Speaker · ${pluralise(speaker.talks.length, "talk")}`, title: speaker.name, lines: titles });
}
