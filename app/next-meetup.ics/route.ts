import { buildTime } from "@/lib/build-time";
import { upcomingMeetup } from "@/lib/next-meetup";
import { meetupIcs } from "@/lib/publish/calendar";
import { siteConfig } from "@/lib/site-config";

export const dynamic = "force-static";

export function GET() {
  const now = buildTime();
  const meetup = upcomingMeetup(siteConfig.nextMeetup, now);
  if (!meetup) return new Response("No upcoming meetup is announced.", { status: 404 });
  return new Response(meetupIcs(meetup, now), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="${siteConfig.shortName.toLowerCase()}-${meetup.date}.ics"` },
  });
}
