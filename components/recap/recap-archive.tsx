import { RecapGrid } from "@/components/recap/recap-grid";
import type { RecapYear } from "@/lib/content";
import { pluralise } from "@/lib/render/format";

export function RecapArchive({ years }: { years: RecapYear[] }) {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      {years.length > 1 ? (
        <nav aria-label="Years" className="mb-4">
          <ul className="flex flex-wrap gap-2">
            {years.map(({ year }) => (
              <li key={year}>
                <a href={`#${year}`} className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm font-medium hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
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
  );
}
