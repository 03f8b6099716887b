import Link from "next/link";
import { PageIntro } from "@/components/layout/page-intro";
import { TalkRows } from "@/components/talks/talk-rows";
import { pluralise } from "@/lib/render/format";
import type { Company } from "@/lib/content";

export function CompanyView({ company }: { company: Company }) {
  return (
    <>
      <PageIntro title={company.name} description={`${pluralise(company.talks.length, "talk")} by ${pluralise(company.speakers.length, "speaker")} from ${company.name}.`}>
        <h2 className="mt-4 text-sm font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">People</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {company.speakers.map((speaker) => (
            <li key={speaker.slug}>
              <Link href={`/speakers/${speaker.slug}`} className="inline-flex rounded-full bg-slate-100 px-3 py-1 text-sm font-medium hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
                {speaker.name}
              </Link>
            </li>
          ))}
        </ul>
      </PageIntro>
      <TalkRows title="Talks" talks={company.talks} showTakeaways />
    </>
  );
}
