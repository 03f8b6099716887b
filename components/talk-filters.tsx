"use client";

import { Children, type ReactNode, useSyncExternalStore } from "react";
import type { NamedRef, TalkFacets } from "@/lib/library";

export type FilterableTalk = { year: string; tags: string[]; company: string | null };

const FILTER_KEYS = ["year", "tag", "company"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const ADDRESS_CHANGED = "talk-filters:change";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(ADDRESS_CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(ADDRESS_CHANGED, onChange);
  };
}

function matches(talk: FilterableTalk | undefined, filters: URLSearchParams): boolean {
  if (!talk) return false;
  const year = filters.get("year");
  const tag = filters.get("tag");
  const company = filters.get("company");
  return (!year || talk.year === year) && (!tag || talk.tags.includes(tag)) && (!company || talk.company === company);
}

type FilterSelectProps = { label: string; allLabel: string; value: string | null; options: NamedRef[]; onChange: (value: string) => void };

function FilterSelect({ label, allLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select
        className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Filters the server-rendered talk list in place. The filters live in the address (?company=harness),
 * so a filtered view can be shared and Back undoes a filter; no request, no reload.
 */
export function TalkFilters({ facets, talks, children }: { facets: TalkFacets; talks: FilterableTalk[]; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => "");
  const filters = new URLSearchParams(search);
  const rows = Children.toArray(children);
  const visible = rows.filter((_, index) => matches(talks[index], filters));
  const active = FILTER_KEYS.some((key) => filters.get(key));

  function setFilter(key: FilterKey, value: string) {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
    window.history.pushState(window.history.state, "", url);
    window.dispatchEvent(new Event(ADDRESS_CHANGED));
  }

  return (
    <>
      <form role="search" aria-label="Filter talks" className="grid gap-3 rounded-2xl border border-slate-200 p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end dark:border-slate-800" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect label="Year" allLabel="All years" value={filters.get("year")} options={facets.years.map((year) => ({ slug: year, name: year }))} onChange={(value) => setFilter("year", value)} />
        <FilterSelect label="Tag" allLabel="All tags" value={filters.get("tag")} options={facets.tags} onChange={(value) => setFilter("tag", value)} />
        <FilterSelect label="Company" allLabel="All companies" value={filters.get("company")} options={facets.companies} onChange={(value) => setFilter("company", value)} />
        <button
          type="button"
          disabled={!active}
          onClick={() => FILTER_KEYS.forEach((key) => setFilter(key, ""))}
          className="rounded-lg px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50 dark:ring-slate-700 dark:hover:bg-slate-900"
        >
          Clear filters
        </button>
      </form>
      <p role="status" className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        {active ? `Showing ${visible.length} of ${rows.length} talks` : `${rows.length} talks`}
      </p>
      {visible.length > 0 ? (
        <ol aria-label="Talks" className="divide-y divide-slate-200 dark:divide-slate-800">
          {visible}
        </ol>
      ) : (
        <p className="py-10 text-center text-slate-600 dark:text-slate-400">No talk matches these filters.</p>
      )}
    </>
  );
}
