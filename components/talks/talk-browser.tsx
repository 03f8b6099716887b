"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { TalkRow } from "@/components/talks/talk-row";
import type { NamedRef, TalkFacets } from "@/lib/content";
import { type AllTalks, isTalkList, TALK_FILTER_KEYS, type TalkFilterKey, type TalkListItem, talkListView } from "@/lib/talk-browser";

const ADDRESS_CHANGED = "talk-filters:change";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(ADDRESS_CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(ADDRESS_CHANGED, onChange);
  };
}

type FilterSelectProps = { label: string; allLabel: string; value: string | undefined; options: NamedRef[]; onChange: (value: string) => void };

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
 * The talk list with its filters. The filters live in the address (?company=harness), so a filtered
 * view can be shared and Back undoes a filter. The page carries the newest talks; the whole list
 * (/talks.json) is fetched once, only when a filter is chosen or the visitor asks for every talk.
 */
export function TalkBrowser({ facets, total, firstPage }: { facets: TalkFacets; total: number; firstPage: TalkListItem[] }) {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => "");
  const [showAll, setShowAll] = useState(false);
  const [all, setAll] = useState<AllTalks>({ status: "not fetched" });
  const { filters, listed, loading, canShowAll, status } = talkListView({ firstPage, total, all, search: new URLSearchParams(search), showAll });
  const filtering = Object.keys(filters).length > 0;

  useEffect(() => {
    if (!loading) return;
    let cancelled = false;
    fetch("/talks.json")
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`/talks.json: HTTP ${response.status}`))))
      .then((talks: unknown) => {
        if (!isTalkList(talks)) throw new Error("/talks.json: not a list of talks");
        if (!cancelled) setAll({ status: "ready", talks });
      })
      .catch(() => {
        if (!cancelled) setAll({ status: "error" });
      });
    return () => {
      cancelled = true;
    };
  }, [loading]);

  // "Show all" disappears once pressed: focus moves on to the first talk it revealed.
  const list = useRef<HTMLOListElement>(null);
  const focusRevealed = useRef(false);
  useEffect(() => {
    if (!focusRevealed.current || all.status !== "ready") return;
    focusRevealed.current = false;
    list.current?.children.item(firstPage.length)?.querySelector("a")?.focus();
  }, [showAll, all.status, firstPage.length]);

  function setFilter(key: TalkFilterKey, value: string) {
    const url = new URL(window.location.href);
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
    window.history.pushState(window.history.state, "", url);
    window.dispatchEvent(new Event(ADDRESS_CHANGED));
  }

  return (
    <>
      <form role="search" aria-label="Filter talks" className="grid gap-3 rounded-2xl border border-slate-200 p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end dark:border-slate-800" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect label="Year" allLabel="All years" value={filters.year} options={facets.years.map((year) => ({ slug: year, name: year }))} onChange={(value) => setFilter("year", value)} />
        <FilterSelect label="Tag" allLabel="All tags" value={filters.tag} options={facets.tags} onChange={(value) => setFilter("tag", value)} />
        <FilterSelect label="Company" allLabel="All companies" value={filters.company} options={facets.companies} onChange={(value) => setFilter("company", value)} />
        <button
          type="button"
          disabled={!filtering}
          onClick={() => TALK_FILTER_KEYS.forEach((key) => setFilter(key, ""))}
          className="rounded-lg px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50 dark:ring-slate-700 dark:hover:bg-slate-900"
        >
          Clear filters
        </button>
      </form>
      <p role="status" className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
      {listed.length > 0 ? (
        <ol ref={list} aria-label="Talks" aria-busy={loading} className="divide-y divide-slate-200 dark:divide-slate-800">
          {listed.map((talk) => (
            <li key={talk.key}>
              <TalkRow talk={talk} />
            </li>
          ))}
        </ol>
      ) : loading ? null : (
        <p className="py-10 text-center text-slate-600 dark:text-slate-400">No talk matches these filters.</p>
      )}
      {canShowAll ? (
        <div className="mt-6 flex justify-center">
          <button
            type="button"
            onClick={() => {
              focusRevealed.current = true;
              setShowAll(true);
            }}
            className="rounded-full px-5 py-2.5 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50 dark:ring-slate-700 dark:hover:bg-slate-900"
          >
            Show all {total} talks
          </button>
        </div>
      ) : null}
    </>
  );
}
