import Link from "next/link";
import type { Tag, TagKind } from "@/lib/content";
import { tagPath } from "@/lib/slug";

const GROUPS: { kind: TagKind; title: string }[] = [
  { kind: "topic", title: "Topics" },
  { kind: "year", title: "Years" },
];

export function TagIndex({ tags }: { tags: Tag<unknown>[] }) {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 sm:px-6">
      {GROUPS.map(({ kind, title }) => {
        const group = tags.filter((tag) => tag.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`tags-${kind}`}>
            <h2 id={`tags-${kind}`} className="text-xl font-bold">
              {title}
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              {group.map((tag) => (
                <li key={tag.slug}>
                  <Link href={tagPath(tag.slug)} prefetch={false} className="inline-flex items-center gap-2 rounded-full bg-slate-100 px-4 py-2 font-medium hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
                    {tag.name}
                    <span className="rounded-full bg-white px-2 text-xs text-slate-700 dark:bg-slate-950 dark:text-slate-300">{tag.recaps.length}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
