import { PageIntro } from "@/components/page-intro";
import { TalkFilters } from "@/components/talk-filters";
import { TalkRow } from "@/components/talk-row";
import { getTalkFacets, getTalks } from "@/lib/content";
import { buildMetadata } from "@/lib/metadata";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({
  title: "All talks",
  description: `Every talk given at ${siteConfig.name}, newest first, with its recording at the right moment.`,
  path: "/talks",
});

export default function TalksPage() {
  const talks = getTalks();
  const filterable = talks.map((talk) => ({ year: String(talk.recap.year), tags: talk.recap.tagSlugs, company: talk.companySlug }));
  return (
    <>
      <PageIntro title="All talks" description="Every talk, newest first. Press a time to watch it from that moment." />
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <TalkFilters facets={getTalkFacets()} talks={filterable}>
          {talks.map((talk) => (
            <li key={talk.key}>
              <TalkRow talk={talk} />
            </li>
          ))}
        </TalkFilters>
      </div>
    </>
  );
}
