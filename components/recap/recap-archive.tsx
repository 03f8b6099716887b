import { Pagination } from "@/components/layout/pagination";
import { RecapGrid } from "@/components/recap/recap-grid";
import type { RecapArchivePage } from "@/lib/content";
import { pagePath } from "@/lib/pagination";
import { pluralise } from "@/lib/render/format";

export const ARCHIVE_PATH = "/recaps";

/** A page of /recaps: the years it holds, a link to every year of the archive, and the other pages. */
export function RecapArchive({ archive }: { archive: RecapArchivePage }) {
  const { items: years, page, pageCount, yearStarts } = archive;
  const yearHref = (year: number, on: number) => (on === page ? `#${year}` : `${pagePath(ARCHIVE_PATH, on)}#${year}`);
  return (
    <>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        {yearStarts.length > 1 ? (
          <nav aria-label="Years" className="mb-4">
            <ul className="flex flex-wrap gap-2">
              {yearStarts.map(({ year, page: on }) => (
                <li key={year}>
                  <a href={yearHref(year, on)} className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm font-medium hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
                    {year}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {years.map(({ year, recaps }, index) => (
          <section key={year} id={String(year)} aria-labelledby={`year-${year}`} className="py-8">
            <h2 id={`year-${year}`} className="mb-6 flex items-baseline gap-3 text-2xl font-bold tracking-tight">
              <a href={`#${year}`} className="hover:underline">
                {year}
              </a>
              <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{pluralise(recaps.length, "meetup")}</span>
            </h2>
            <RecapGrid recaps={recaps} prioritiseFirst={index === 0} />
          </section>
        ))}
      </div>
      <Pagination base={ARCHIVE_PATH} page={page} pageCount={pageCount} label="Pages of recaps" />
    </>
  );
}
