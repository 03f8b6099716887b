import { PageIntro } from "@/components/layout/page-intro";
import { RecapArchive } from "@/components/recap/recap-archive";
import { getRecapsByYear } from "@/lib/content";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({
  title: "All recaps",
  description: `Every ${siteConfig.name} meetup recap, newest first, with photos and recorded talks.`,
  path: "/recaps",
});

export default function RecapsPage() {
  return (
    <>
      <PageIntro title="All recaps" description={`Every ${siteConfig.name} meetup, newest first.`} />
      <RecapArchive years={getRecapsByYear()} />
    </>
  );
}
