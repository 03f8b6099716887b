import Link from "next/link";
import { PageIntro } from "@/components/layout/page-intro";
import { JsonLd } from "@/components/ui/json-ld";
import { TalkRows } from "@/components/talks/talk-rows";
import { formatDate, pluralise } from "@/lib/render/format";
import { speakerJsonLd } from "@/lib/render/json-ld";
import type { Speaker } from "@/lib/content";

export function SpeakerView({ speaker }: { speaker: Speaker }) {
  const span = speaker.first === speaker.latest ? `Spoke on ${formatDate(speaker.first)}` : `First spoke on ${formatDate(speaker.first)}; latest on ${formatDate(speaker.latest)}`;
  return (
    <>
      <JsonLd data={speakerJsonLd(speaker)} />
      <PageIntro title={speaker.name} description={`${pluralise(speaker.talks.length, "talk")} at the meetup. ${span}.`}>
        {speaker.companies.length > 0 ? (
          <div className="mt-4">
            <h2 className="text-sm font-semibold uppercase tracking-wider text-slate-600 dark:text-slate-400">Companies</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {speaker.companies.map((company) => (
                <li key={company.slug}>
                  <Link href={`/companies/${company.slug}`} prefetch={false} className="inline-flex rounded-full bg-slate-100 px-3 py-1 text-sm font-medium hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700">
                    {company.name}
                    <span className="ml-1.5 text-slate-600 dark:text-slate-400">
                      {company.first.slice(0, 4) === company.latest.slice(0, 4) ? company.first.slice(0, 4) : `${company.first.slice(0, 4)}–${company.latest.slice(0, 4)}`}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </PageIntro>
      <TalkRows title="Talks" talks={speaker.talks} showTakeaways />
    </>
  );
}
