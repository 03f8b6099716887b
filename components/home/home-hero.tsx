import Link from "next/link";
import type { ReactNode } from "react";
import { pluralise } from "@/lib/render/format";
import { siteConfig } from "@/lib/site-config";

export function HomeHero({ recapCount, talkCount, aside }: { recapCount: number; talkCount: number; aside?: ReactNode }) {
  return (
    <section className="relative overflow-hidden border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white dark:border-slate-800 dark:from-brand-950/60 dark:to-slate-950">
      <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-14 sm:px-6 sm:py-20 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Monthly community meetup</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance text-slate-950 sm:text-6xl dark:text-white">{siteConfig.name}</h1>
          <p className="mt-5 max-w-2xl text-lg leading-8 text-pretty text-slate-700 dark:text-slate-300">{siteConfig.description}</p>
          <div className="mt-8 flex flex-wrap items-center gap-3">
            <a
              href={siteConfig.meetupUrl}
              className="inline-flex items-center rounded-full bg-brand-600 px-6 py-3 font-semibold text-white shadow-sm transition hover:bg-brand-700"
            >
              Join us on Meetup
            </a>
            <Link
              href="/talks"
              prefetch={false}
              className="inline-flex items-center rounded-full px-6 py-3 font-semibold text-slate-900 ring-1 ring-slate-300 transition hover:bg-white hover:ring-slate-400 dark:text-white dark:ring-slate-700 dark:hover:bg-slate-900"
            >
              Browse {pluralise(recapCount, "recap")} and {pluralise(talkCount, "talk")}
            </Link>
          </div>
        </div>
        {aside}
      </div>
    </section>
  );
}
