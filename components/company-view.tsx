import Link from "next/link";
import { PageIntro } from "@/components/page-intro";
import { TalkListSection } from "@/components/talk-list-section";
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
      <TalkListSection title="Talks" talks={company.talks} showTakeaways />
    </>
  );
}
