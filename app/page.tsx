import Link from "next/link";
import { HomeHero } from "@/components/home/home-hero";
import { NextMeetupCard } from "@/components/home/next-meetup-card";
import { RecapGrid } from "@/components/recap/recap-grid";
import { getRecaps, getTalks } from "@/lib/content";
import { buildMetadata } from "@/lib/render/metadata";
import { buildTime } from "@/lib/build-time";
import { upcomingMeetup } from "@/lib/next-meetup";
import { siteConfig } from "@/lib/site-config";

export const metadata = buildMetadata({ path: "/" });

const LATEST_COUNT = 6;

export default function HomePage() {
  const recaps = getRecaps();
  const meetup = upcomingMeetup(siteConfig.nextMeetup, buildTime());
  return (
    <>
      <HomeHero recapCount={recaps.length} talkCount={getTalks().length} aside={meetup ? <NextMeetupCard meetup={meetup} /> : null} />
      <section aria-labelledby="latest" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
        <div className="mb-8 flex items-end justify-between gap-4">
          <h2 id="latest" className="text-2xl font-bold tracking-tight">
            Latest recaps
          </h2>
          <Link href="/recaps" prefetch={false} className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
            All recaps <span aria-hidden="true">→</span>
          </Link>
        </div>
        {/* Not prioritised: on a phone the grid starts below the hero and the next-meetup card, so a
            preloaded high-priority photo is off screen, and Lighthouse counts it towards LCP (README, Performance). */}
        <RecapGrid recaps={recaps.slice(0, LATEST_COUNT)} />
      </section>
    </>
  );
}
