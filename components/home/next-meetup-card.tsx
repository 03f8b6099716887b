import { JsonLd } from "@/components/ui/json-ld";
import { ShowUntil } from "@/components/ui/show-until";
import { formatDate, formatSpeakers } from "@/lib/render/format";
import type { UpcomingMeetup } from "@/lib/next-meetup";
import { meetupJsonLd } from "@/lib/render/json-ld";

export function NextMeetupCard({ meetup }: { meetup: UpcomingMeetup }) {
  return (
    <ShowUntil until={meetup.end.toISOString()}>
      <section aria-labelledby="next-meetup" className="rounded-3xl border border-slate-200 bg-white/80 p-6 shadow-xl shadow-brand-900/5 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
        <JsonLd data={meetupJsonLd(meetup)} />
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700 dark:text-brand-300">Next meetup</p>
        <h2 id="next-meetup" className="mt-2 text-xl font-bold tracking-tight">
          {meetup.title}
        </h2>
        <dl className="mt-4 space-y-2 text-sm">
          <div className="flex gap-3">
            <dt className="w-12 shrink-0 font-medium text-slate-600 dark:text-slate-400">When</dt>
            <dd>
              <time dateTime={meetup.start.toISOString()}>{formatDate(meetup.date)}</time>, {meetup.startTime}–{meetup.endTime}
            </dd>
          </div>
          <div className="flex gap-3">
            <dt className="w-12 shrink-0 font-medium text-slate-600 dark:text-slate-400">Where</dt>
            <dd>
              {meetup.venue}
              {meetup.address ? <span className="block text-slate-600 dark:text-slate-400">{meetup.address}</span> : null}
            </dd>
          </div>
          <div className="flex gap-3">
            <dt className="w-12 shrink-0 font-medium text-slate-600 dark:text-slate-400">Who</dt>
            <dd>{meetup.speakers.length > 0 ? formatSpeakers(meetup.speakers) : "Speakers to be announced"}</dd>
          </div>
        </dl>
        <div className="mt-5 flex flex-wrap gap-2">
          <a href={meetup.rsvpUrl} className="rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            RSVP on Meetup
          </a>
          <a href="/next-meetup.ics" download className="rounded-full px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50 dark:ring-slate-700 dark:hover:bg-slate-800">
            Add to calendar
          </a>
        </div>
      </section>
    </ShowUntil>
  );
}
