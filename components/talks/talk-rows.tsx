import { TalkRow } from "@/components/talks/talk-row";
import type { TalkEntry } from "@/lib/content";

export function TalkRows({ title, talks, showTakeaways = false }: { title: string; talks: TalkEntry[]; showTakeaways?: boolean }) {
  return (
    <section aria-labelledby="talks" className="mx-auto max-w-6xl px-4 sm:px-6">
      <h2 id="talks" className="mt-6 text-xl font-bold">
        {title}
      </h2>
      <ol className="divide-y divide-slate-200 dark:divide-slate-800">
        {talks.map((talk) => (
          <li key={talk.key}>
            <TalkRow talk={talk} showTakeaways={showTakeaways} headingLevel="h3" />
          </li>
        ))}
      </ol>
    </section>
  );
}
