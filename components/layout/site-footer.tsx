import Link from "next/link";
import { LogoMark } from "@/components/layout/logo-mark";
import { siteConfig } from "@/lib/site-config";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-12 sm:px-6 md:grid-cols-[2fr_1fr_1fr]">
        <div className="max-w-sm">
          <Link href="/" className="inline-flex items-center gap-2.5 rounded-lg font-semibold">
            <LogoMark className="size-7" />
            {siteConfig.name}
          </Link>
          <p className="mt-3 text-sm leading-6 text-slate-600 dark:text-slate-400">{siteConfig.tagline}</p>
        </div>
        <nav aria-label="Site">
          <h2 className="text-sm font-semibold">Explore</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link href="/" className="text-slate-600 hover:text-slate-950 dark:text-slate-400 dark:hover:text-white">
                Home
              </Link>
            </li>
            {siteConfig.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className="text-slate-600 hover:text-slate-950 dark:text-slate-400 dark:hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Community">
          <h2 className="text-sm font-semibold">Community</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {siteConfig.social.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="text-slate-600 hover:text-slate-950 dark:text-slate-400 dark:hover:text-white">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-10 text-xs text-slate-600 sm:px-6 dark:text-slate-400">
        Organised by {siteConfig.organiser.name} and volunteers. Recaps are written by the organisers after each meetup.
      </p>
    </footer>
  );
}
