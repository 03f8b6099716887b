import { PageIntro } from "@/components/layout/page-intro";
import { TalkBrowser } from "@/components/talks/talk-browser";
import { getTalkFacets, getTalks } from "@/lib/content";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";
import { TALKS_FIRST_PAGE, toTalkListItem } from "@/lib/talk-browser";

export const metadata = buildMetadata({
  title: "All talks",
  description: `Every talk given at ${siteConfig.name}, newest first, with its recording at the right moment.`,
  path: "/talks",
});

export default function TalksPage() {
  const talks = getTalks();
  return (
    <>
      <PageIntro title="All talks" description="Every talk, newest first. Press a time to watch it from that moment." />
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <TalkBrowser facets={getTalkFacets()} total={talks.length} firstPage={talks.slice(0, TALKS_FIRST_PAGE).map(toTalkListItem)} />
      </div>
    </>
  );
}
