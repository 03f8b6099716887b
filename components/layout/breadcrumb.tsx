import Link from "next/link";
import { Fragment } from "react";

/** Where a page sits in the site: "Recaps / 2022", "Talks / 2022". */
export function Breadcrumb({ items }: { items: readonly { label: string; href: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1.5">
        {items.map((item, index) => (
          <Fragment key={item.href}>
            {index > 0 ? <li aria-hidden="true">/</li> : null}
            <li>
              <Link href={item.href} prefetch={false} className="hover:text-slate-950 hover:underline dark:hover:text-white">
                {item.label}
              </Link>
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
