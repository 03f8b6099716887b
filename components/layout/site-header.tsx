import Link from "next/link";
import { LogoMark } from "@/components/layout/logo-mark";
import { NavLink } from "@/components/layout/nav-link";
import { SiteSearch } from "@/components/search/site-search";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { siteConfig } from "@/lib/site-config";

function NavLinks({ className }: { className: string }) {
  return (
    <ul className={className}>
      {siteConfig.nav.map((item) => (
        <li key={item.href}>
          <NavLink
            href={item.href}
            className="inline-block rounded-full px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 transition hover:bg-slate-100 hover:text-slate-950 aria-[current=page]:bg-slate-100 aria-[current=page]:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white"
          >
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200/80 bg-white/90 backdrop-blur-md dark:border-slate-800/80 dark:bg-slate-950/90">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded-lg font-semibold tracking-tight">
          <LogoMark className="size-8 shrink-0" />
          <span className="truncate max-[379px]:sr-only">{siteConfig.name}</span>
        </Link>
        <nav aria-label="Main" className="ml-auto hidden md:block">
          <NavLinks className="flex items-center gap-1" />
        </nav>
        <div className="ml-auto flex items-center gap-1 md:ml-2">
          <SiteSearch />
          <ThemeToggle />
          <a
            href={siteConfig.meetupUrl}
            className="ml-1 hidden rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 lg:inline-flex"
          >
            Join the meetup
          </a>
        </div>
      </div>
      <nav aria-label="Main (compact)" className="border-t border-slate-200/80 md:hidden dark:border-slate-800/80">
        <NavLinks className="mx-auto flex max-w-6xl justify-between gap-1 overflow-x-auto px-2 py-1" />
      </nav>
    </header>
  );
}
