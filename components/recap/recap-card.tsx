import Image from "next/image";
import Link from "next/link";
import type { Recap } from "@/lib/content";
import { formatDate, pluralise } from "@/lib/render/format";

type RecapCardProps = { recap: Recap; priority?: boolean; headingLevel?: "h2" | "h3" };

export function RecapCard({ recap, priority = false, headingLevel: Heading = "h3" }: RecapCardProps) {
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm transition hover:-translate-y-0.5 hover:shadow-lg focus-within:ring-2 focus-within:ring-brand-500 dark:border-slate-800 dark:bg-slate-900">
      <div className="relative aspect-[3/2] overflow-hidden bg-slate-100 dark:bg-slate-800">
        {recap.cover ? (
          <Image
            src={recap.cover.src}
            alt=""
            fill
            sizes="(min-width: 1152px) 368px, (min-width: 640px) 50vw, 100vw"
            preload={priority}
            fetchPriority={priority ? "high" : undefined}
            className="object-cover transition duration-300 group-hover:scale-[1.02]"
          />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-slate-500">No photo</div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-5">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={recap.date}>{formatDate(recap.date, "short")}</time>
          <span aria-hidden="true"> · </span>
          {recap.location}
        </p>
        <Heading className="text-lg font-semibold leading-snug tracking-tight text-slate-900 dark:text-white">
          <Link href={recap.url} className="outline-none after:absolute after:inset-0">
            {recap.title}
          </Link>
        </Heading>
        <p className="line-clamp-3 text-sm leading-6 text-slate-600 dark:text-slate-400">{recap.summary}</p>
        <p className="mt-auto pt-2 text-sm font-medium text-brand-700 dark:text-brand-300">
          {pluralise(recap.talks.length, "talk")}
          {recap.videoId ? <span className="text-slate-500 dark:text-slate-400"> · recording</span> : null}
        </p>
      </div>
    </article>
  );
}
