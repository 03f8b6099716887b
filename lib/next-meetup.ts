import { z } from "zod";
import { isRealDate } from "./content/file-name";
import type { NextMeetup } from "./site-config";
import { zonedTime } from "./time-zone";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "times are HH:MM, 24-hour, e.g. 18:30" });
const nextMeetupSchema = z
  .object({
    title: z.string().min(1),
    date: z.string().refine(isRealDate, { error: "the date is YYYY-MM-DD, e.g. 2026-12-02" }),
    startTime: time,
    endTime: time,
    venue: z.string().min(1),
    address: z.string(),
    speakers: z.array(z.string()),
    rsvpUrl: z.url(),
  })
  .refine((meetup) => meetup.endTime > meetup.startTime, { error: "the meetup must end after it starts" });

export type UpcomingMeetup = NextMeetup & { start: Date; end: Date };

/** The configured meetup if it has not ended by `now`; a past one is never shown as upcoming. */
export function upcomingMeetup(config: NextMeetup | null, now: Date): UpcomingMeetup | null {
  if (!config) return null;
  const parsed = nextMeetupSchema.safeParse(config);
  if (!parsed.success) {
    throw new Error(`lib/site-config.ts: nextMeetup is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const meetup = { ...parsed.data, start: zonedTime(parsed.data.date, parsed.data.startTime), end: zonedTime(parsed.data.date, parsed.data.endTime) };
  return meetup.end.getTime() > now.getTime() ? meetup : null;
}
