import { notFound } from "next/navigation";
import { PageIntro } from "@/components/layout/page-intro";
import { ARCHIVE_PATH, RecapArchive } from "@/components/recap/recap-archive";
import { getRecapArchivePage } from "@/lib/content";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({
  title: "All recaps",
  description: `Every ${siteConfig.name} meetup recap, newest first, with photos and recorded talks.`,
  path: ARCHIVE_PATH,
});

export default function RecapsPage() {
  const archive = getRecapArchivePage(1);
  if (!archive) notFound();
  return (
    <>
      <PageIntro title="All recaps" description={`Every ${siteConfig.name} meetup, newest first.`} />
      <RecapArchive archive={archive} />
    </>
  );
}
