"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that marks itself current on its section's pages (/speakers and /speakers/x). */
export function NavLink({ href, className, children }: { href: string; className: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    // Section pages grow with the archive; prefetching them on every page view would too.
    <Link href={href} prefetch={false} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
