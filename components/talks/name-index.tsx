import Link from "next/link";
import type { ReactNode } from "react";

export type IndexEntry = { slug: string; name: string; detail: ReactNode };

/** An A–Z index of people or organisations, grouped by initial, with a jump bar. */
export function NameIndex({ basePath, entries, label }: { basePath: string; entries: IndexEntry[]; label: string }) {
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    const initial = entry.name.normalize("NFKD").charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(initial) ? initial : "#";
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <nav aria-label={`${label} by initial`} className="mb-6">
        <ul className="flex flex-wrap gap-1.5">
          {[...groups.keys()].map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter}`} className="inline-flex size-9 items-center justify-center rounded-lg bg-slate-100 text-sm font-semibold hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups].map(([letter, list]) => (
        <section key={letter} id={`letter-${letter}`} aria-labelledby={`heading-${letter}`} className="scroll-mt-24 border-t border-slate-200 py-6 dark:border-slate-800">
          <h2 id={`heading-${letter}`} className="text-xl font-bold">
            {letter}
          </h2>
          <ul className="mt-3 grid gap-x-8 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
            {list.map((entry) => (
              <li key={entry.slug}>
                <Link href={`${basePath}/${entry.slug}`} className="font-semibold text-slate-950 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-300">
                  {entry.name}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">{entry.detail}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
