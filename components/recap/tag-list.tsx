import Link from "next/link";
import { tagPath, tagSlug } from "@/lib/slug";

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagPath(tagSlug(tag))}
            prefetch={false}
            className="inline-block rounded-full bg-slate-100 px-3 py-1 text-xs font-medium text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:hover:bg-slate-700"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
