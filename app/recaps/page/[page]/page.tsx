import { notFound } from "next/navigation";
import { PageIntro } from "@/components/layout/page-intro";
import { ARCHIVE_PATH, RecapArchive } from "@/components/recap/recap-archive";
import { getRecapArchivePage, getRecapArchivePages } from "@/lib/content";
import { pagePath, parsePage } from "@/lib/pagination";
import { buildMetadata } from "@/lib/render/metadata";
import { siteConfig } from "@/lib/site-config";

type RecapsPageProps = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getRecapArchivePages().map((page) => ({ page: String(page) }));
}

export async function generateMetadata({ params }: RecapsPageProps) {
  const page = parsePage((await params).page);
  if (page === null) return {};
  return buildMetadata({
    title: `All recaps, page ${page}`,
    description: `Older ${siteConfig.name} meetup recaps, newest first: page ${page}.`,
    path: pagePath(ARCHIVE_PATH, page),
  });
}

// Page 1 is also /recaps (its canonical address), which is what every link gives.
export default async function RecapsNumberedPage({ params }: RecapsPageProps) {
  const page = parsePage((await params).page);
  const archive = page === null ? null : getRecapArchivePage(page);
  if (!archive) notFound();
  return (
    <>
      <PageIntro title={`All recaps, page ${archive.page} of ${archive.pageCount}`} description={`Older ${siteConfig.name} meetups, newest first.`} />
      <RecapArchive archive={archive} />
    </>
  );
}
