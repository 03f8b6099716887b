import { NameIndex } from "@/components/talks/name-index";
import { PageIntro } from "@/components/layout/page-intro";
import { getSpeakers } from "@/lib/content";
import { pluralise } from "@/lib/render/format";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({
  title: "Speakers",
  description: `Everyone who has spoken at ${siteConfig.name}, A–Z, with their talks and recordings.`,
  path: "/speakers",
});

export default function SpeakersPage() {
  const speakers = getSpeakers();
  const entries = speakers.map((speaker) => ({
    slug: speaker.slug,
    name: speaker.name,
    detail: [pluralise(speaker.talks.length, "talk"), ...speaker.companies.map((company) => company.name)].join(" · "),
  }));
  return (
    <>
      <PageIntro title="Speakers" description={`${pluralise(speakers.length, "speaker")} have shared what they learned at ${siteConfig.name}.`} />
      <NameIndex basePath="/speakers" entries={entries} label="Speakers" />
    </>
  );
}
