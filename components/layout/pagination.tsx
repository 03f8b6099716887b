import { pagePath } from "@/lib/pagination";

/** Links to a list's other pages: previous, each page by number, next. Nothing when there is one page. */
export function Pagination({ base, page, pageCount, label }: { base: string; page: number; pageCount: number; label: string }) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  const link = "inline-flex min-w-10 items-center justify-center rounded-full px-3 py-1.5 text-sm font-medium";
  return (
    <nav aria-label={label} className="mx-auto mt-4 max-w-6xl px-4 pb-12 sm:px-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={pagePath(base, page - 1)} rel="prev" className={`${link} hover:bg-slate-100 dark:hover:bg-slate-800`}>
              ← Newer
            </a>
          </li>
        ) : null}
        {pages.map((number) => (
          <li key={number}>
            <a
              href={pagePath(base, number)}
              aria-current={number === page ? "page" : undefined}
              className={`${link} ${number === page ? "bg-brand-600 text-white" : "bg-slate-100 hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700"}`}
            >
              <span className="sr-only">Page </span>
              {number}
            </a>
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={pagePath(base, page + 1)} rel="next" className={`${link} hover:bg-slate-100 dark:hover:bg-slate-800`}>
              Older →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
