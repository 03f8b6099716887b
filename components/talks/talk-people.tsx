import Link from "next/link";
import { Fragment } from "react";
import type { Talk } from "@/lib/content";

const linkClass = "font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300";

/** "Prithvi Raj and Sunil Anjin · Harness", each name a link to its page. */
export function TalkPeople({ talk, className }: { talk: Pick<Talk, "speakers" | "speakerSlugs" | "company" | "companySlug">; className?: string }) {
  const last = talk.speakers.length - 1;
  return (
    <p className={className}>
      {talk.speakers.map((speaker, index) => {
        const slug = talk.speakerSlugs[index];
        return (
          <Fragment key={`${speaker}-${index}`}>
            {index > 0 ? (index === last ? (last > 1 ? ", and " : " and ") : ", ") : null}
            {slug ? (
              <Link href={`/speakers/${slug}`} prefetch={false} className={linkClass}>
                {speaker}
              </Link>
            ) : (
              speaker
            )}
          </Fragment>
        );
      })}
      {talk.company ? (
        <span className="text-slate-600 dark:text-slate-400">
          {talk.speakers.length > 0 ? " · " : ""}
          {talk.companySlug ? (
            <Link href={`/companies/${talk.companySlug}`} prefetch={false} className="underline-offset-2 hover:text-slate-950 hover:underline dark:hover:text-white">
              {talk.company}
            </Link>
          ) : (
            talk.company
          )}
        </span>
      ) : null}
    </p>
  );
}
