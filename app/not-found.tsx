import Link from "next/link";
import { buildMetadata } from "@/lib/render/metadata";

export const metadata = buildMetadata({ title: "Page not found", path: "/404" });

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">We couldn’t find that page</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">
        The recap may have moved, or the link has a typo. Every meetup since 2017 is in the archive.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/recaps" className="rounded-full bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Browse all recaps
        </Link>
        <Link href="/" className="rounded-full px-5 py-2.5 font-semibold ring-1 ring-slate-300 hover:bg-slate-50 dark:ring-slate-700 dark:hover:bg-slate-900">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
