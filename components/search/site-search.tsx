"use client";

import type MiniSearch from "minisearch";
import { useRouter } from "next/navigation";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { SEARCH_INDEXES, type SearchDocument, type SearchHit, toSearchHit } from "@/lib/search-schema";

const MAX_RESULTS = 12;
const FIELD_LABELS: Record<string, string> = { title: "title", speakers: "speaker", company: "company", takeaways: "takeaways", text: "recap text" };

// `complete`: the full index has replaced the small one that answers first.
type IndexState = { status: "idle" | "loading" | "error" } | { status: "ready"; index: MiniSearch<SearchDocument>; complete: boolean };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function subscribeToNothing() {
  return () => {};
}

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const escaped = terms.filter(Boolean).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (escaped.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${escaped.join("|")})`, "gi"));
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index} className="rounded bg-amber-200 px-0.5 text-slate-950">{part}</mark> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}

/**
 * Search over every recap and talk, in the browser. The index is built at build time and fetched
 * (with the search library) only when the dialog first opens. Keyboard: "/" or Ctrl/⌘-K opens,
 * arrows move, Enter goes, Escape closes.
 */
export function SiteSearch() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [indexState, setIndexState] = useState<IndexState>({ status: "idle" });
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  // The shortcuts work only once the page has hydrated (the listener below), so they are announced from then on.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);

  const open = useCallback(async () => {
    if (dialog.current?.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    input.current?.select();
    if (indexState.status === "ready" || indexState.status === "loading") return;
    setIndexState({ status: "loading" });
    const library = import("minisearch");
    const load = async ({ url, options }: (typeof SEARCH_INDEXES)[number]) => {
      const [{ default: MiniSearchClass }, response] = await Promise.all([library, fetch(url)]);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return MiniSearchClass.loadJSON<SearchDocument>(await response.text(), options);
    };
    const [names, full] = SEARCH_INDEXES;
    try {
      setIndexState({ status: "ready", index: await load(names), complete: false });
    } catch {
      setIndexState({ status: "error" });
      return;
    }
    // Without the full index, names still answer: a failure here only leaves the recaps' words unsearched.
    void load(full).then(
      (index) => setIndexState({ status: "ready", index, complete: true }),
      () => undefined,
    );
  }, [indexState.status]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut = (event.key === "k" || event.key === "K") && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === "/" && !isTyping(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey)) {
        event.preventDefault();
        void open();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const hits = useMemo<SearchHit[]>(
    () => (indexState.status === "ready" && query.trim() ? indexState.index.search(query).slice(0, MAX_RESULTS).map(toSearchHit) : []),
    [indexState, query],
  );

  function go(hit: SearchHit | undefined) {
    if (!hit) return;
    dialog.current?.close();
    const target = new URL(hit.url, window.location.href);
    // The player reads ?t= when a recap page loads; on the same page, load it again.
    if (target.pathname === window.location.pathname) window.location.assign(target);
    else router.push(hit.url);
  }

  function move(delta: number) {
    if (hits.length === 0) return;
    const next = (active + delta + hits.length) % hits.length;
    setActive(next);
    document.getElementById(`search-hit-${next}`)?.scrollIntoView({ block: "nearest" });
  }

  const statusText =
    indexState.status === "loading"
      ? "Loading the search index…"
      : indexState.status === "error"
        ? "Search is unavailable right now. Try again later."
        : query.trim()
          ? hits.length === 0
            ? indexState.status === "ready" && !indexState.complete
              ? `No talk, speaker or company matches “${query.trim()}”; the recaps' words are still loading…`
              : `No results for “${query.trim()}”`
            : `${hits.length} result${hits.length === 1 ? "" : "s"}`
          : indexState.status === "ready" && !indexState.complete
            ? "Type to search talks, speakers and companies (the recaps' words are still loading)."
            : "Type to search talks, speakers, companies and recaps.";

  return (
    <>
      <button
        type="button"
        onClick={() => void open()}
        aria-label="Search talks and recaps"
        aria-keyshortcuts={hydrated ? "/ Control+K Meta+K" : undefined}
        className="inline-flex h-10 items-center gap-2 rounded-full px-2.5 text-sm text-slate-600 transition hover:bg-slate-100 hover:text-slate-900 sm:px-3 sm:ring-1 sm:ring-slate-200 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:sm:ring-slate-700"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="hidden sm:inline">Search</span>
        <kbd className="hidden rounded border border-slate-300 px-1.5 font-sans text-xs text-slate-600 lg:inline dark:border-slate-600 dark:text-slate-400">/</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label="Search"
        onClose={() => opener.current?.focus()}
        onClick={(event) => {
          if (event.target === event.currentTarget) dialog.current?.close();
        }}
        className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] max-w-none rounded-2xl bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 backdrop:backdrop-blur-sm dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex items-center gap-3 border-b border-slate-200 px-4 dark:border-slate-800">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0 text-slate-500" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
          <label htmlFor="site-search-input" className="sr-only">
            Search talks and recaps
          </label>
          <input
            ref={input}
            id="site-search-input"
            type="text"
            enterKeyHint="go"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls="site-search-results"
            aria-activedescendant={hits[active] ? `search-hit-${active}` : undefined}
            aria-autocomplete="list"
            aria-describedby="site-search-status"
            autoComplete="off"
            spellCheck={false}
            placeholder="Search talks, speakers, companies…"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === "ArrowDown") move(1);
              else if (event.key === "ArrowUp") move(-1);
              else if (event.key === "Enter") go(hits[active]);
              else return;
              event.preventDefault();
            }}
            className="h-14 w-full bg-transparent text-base outline-none placeholder:text-slate-500"
          />
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-xs font-semibold text-slate-600 ring-1 ring-slate-300 dark:text-slate-400 dark:ring-slate-700">
            Esc<span className="sr-only"> (close search)</span>
          </button>
        </div>
        <p id="site-search-status" role="status" className="px-4 pt-3 text-sm text-slate-600 dark:text-slate-400">
          {statusText}
        </p>
        <ul id="site-search-results" role="listbox" aria-label="Search results" hidden={hits.length === 0} className="max-h-[60vh] overflow-y-auto p-2">
          {hits.map((hit, index) => (
            <li key={hit.id} role="none">
              {/* A real link in the option's place: a new tab, a middle click or "Copy link" work as on any link. */}
              <a
                href={hit.url}
                id={`search-hit-${index}`}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                onClick={(event) => {
                  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                  event.preventDefault();
                  go(hit);
                }}
                onMouseMove={() => setActive(index)}
                className="block rounded-xl px-3 py-2.5 aria-selected:bg-brand-50 dark:aria-selected:bg-brand-950/70"
              >
                <span className="flex items-baseline gap-2">
                  <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300">
                    {hit.kind === "talk" ? "Talk" : "Recap"}
                  </span>
                  <span className="font-semibold">
                    <Highlighted text={hit.title} terms={hit.terms} />
                  </span>
                </span>
                <span className="mt-0.5 block text-sm text-slate-600 dark:text-slate-400">
                  <Highlighted text={hit.context} terms={hit.terms} />
                </span>
                {hit.snippet ? (
                  <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                    “<Highlighted text={hit.snippet} terms={hit.terms} />”
                  </span>
                ) : null}
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                  Matched in {hit.matched.map((field) => FIELD_LABELS[field] ?? field).join(", ")}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}
