"use client";

import Link from "next/link";

/** Shown if rendering fails in the browser; static pages rarely get here, but never a blank screen. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Something went wrong</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">This page hit a problem</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">Try again, or head back to the recaps.</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-full bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Try again
        </button>
        <Link href="/recaps" className="rounded-full px-5 py-2.5 font-semibold ring-1 ring-slate-300 hover:bg-slate-50 dark:ring-slate-700 dark:hover:bg-slate-900">
          Browse all recaps
        </Link>
      </div>
    </div>
  );
}
