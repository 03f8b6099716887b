/** Everything that makes this site one community's site. Changing community = this file + content/. */
export type SocialLink = { label: string; href: string };

export type NavItem = { label: string; href: string };

/** The next event, announced on the home page until it is over. Times are wall-clock times in `timeZone`. */
export type NextMeetup = {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  startTime: string;
  endTime: string;
  venue: string;
  address: string;
  /** Speakers known so far; empty shows "to be announced". */
  speakers: string[];
  rsvpUrl: string;
};

export type SiteConfig = {
  name: string;
  shortName: string;
  tagline: string;
  description: string;
  /** Absolute origin the site is served from, without trailing slash. */
  url: string;
  /** BCP 47 language of the pages (`<html lang>`, the feed, dates and lists of names). */
  language: string;
  organiser: { name: string; handle: string };
  meetupUrl: string;
  defaultLocation: string;
  /** IANA time zone of the meetups: the next meetup's times and its calendar file are in it. */
  timeZone: string;
  social: SocialLink[];
  nav: NavItem[];
  /**
   * Spellings to merge, canonical → variants, when organisers wrote one person or organisation two
   * ways (the content check lists likely cases). Case and accents never split a name anyway.
   */
  aliases: { speakers: Record<string, string[]>; companies: Record<string, string[]> };
  /** Short addresses on this site that send visitors elsewhere, e.g. /rsvp → the next event. */
  shortLinks: Record<string, string>;
  nextMeetup: NextMeetup | null;
};

export const siteConfig: SiteConfig = {
  name: "Cloud Native London",
  shortName: "CNL",
  tagline: "London’s monthly meetup for people building with cloud native technology.",
  description:
    "Recaps, photos and recorded talks from Cloud Native London, a monthly community meetup about Kubernetes, observability, security and everything cloud native.",
  url: process.env.SITE_URL ?? "https://cloudnative.london",
  language: "en-GB",
  organiser: { name: "Cheryl Hung", handle: "@oicheryl" },
  meetupUrl: "https://www.meetup.com/cloud-native-london/",
  defaultLocation: "London, UK",
  timeZone: "Europe/London",
  social: [
    { label: "Meetup", href: "https://www.meetup.com/cloud-native-london/" },
    { label: "YouTube", href: "https://www.youtube.com/@cloudnativelondon" },
    { label: "X (Twitter)", href: "https://x.com/oicheryl" },
  ],
  nav: [
    { label: "Recaps", href: "/recaps" },
    { label: "Talks", href: "/talks" },
    { label: "Speakers", href: "/speakers" },
    { label: "Companies", href: "/companies" },
  ],
  aliases: {
    speakers: {},
    companies: {},
  },
  shortLinks: {
    "/rsvp": "https://www.meetup.com/cloud-native-london/events/",
    "/youtube": "https://www.youtube.com/@cloudnativelondon",
  },
  nextMeetup: {
    title: "Cloud Native London December 2026",
    date: "2026-12-02",
    startTime: "18:30",
    endTime: "21:00",
    venue: "esynergy",
    address: "2nd Floor, 12 Hammersmith Grove, London W6 7AP",
    speakers: [],
    rsvpUrl: "https://www.meetup.com/cloud-native-london/events/",
  },
};
