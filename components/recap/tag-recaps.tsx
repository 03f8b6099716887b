import { PageIntro } from "@/components/layout/page-intro";
import { Pagination } from "@/components/layout/pagination";
import { RecapGrid } from "@/components/recap/recap-grid";
import type { Recap, Tag } from "@/lib/content";
import type { Page } from "@/lib/pagination";
import { pluralise } from "@/lib/render/format";
import { tagPath } from "@/lib/slug";

/** A page of a tag's recaps, newest first, with links to its other pages. */
export function TagRecaps({ tag, recaps }: { tag: Tag<Recap>; recaps: Page<Recap> }) {
  const pageNote = recaps.pageCount > 1 ? `, page ${recaps.page} of ${recaps.pageCount}` : "";
  return (
    <>
      <PageIntro title={`Tagged “${tag.name}”`} description={`${pluralise(tag.recaps.length, "recap")}${pageNote}`} />
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <RecapGrid recaps={recaps.items} prioritiseFirst headingLevel="h2" />
      </div>
      <Pagination base={tagPath(tag.slug)} page={recaps.page} pageCount={recaps.pageCount} label={`Pages of recaps tagged ${tag.name}`} />
    </>
  );
}
