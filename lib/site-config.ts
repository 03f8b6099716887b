/** Everything that makes this site one community's site. Changing community = this file + content/. */
export type SocialLink = { label: string; href: string };

export type NavItem = { label: string; href: string };

export type SiteConfig = {
  name: string;
  shortName: string;
  tagline: string;
  description: string;
  /** Absolute origin the site is served from, without trailing slash. */
  url: string;
  locale: string;
  organiser: { name: string; handle: string };
  meetupUrl: string;
  defaultLocation: string;
  timeZone: string;
  social: SocialLink[];
  nav: NavItem[];
  /**
   * Spellings to merge, canonical → variants, when organisers wrote one person or organisation two
   * ways (the content check lists likely cases). Case and accents never split a name anyway.
   */
  aliases: { speakers: Record<string, string[]>; companies: Record<string, string[]> };
};

export const siteConfig: SiteConfig = {
  name: "Cloud Native London",
  shortName: "CNL",
  tagline: "London’s monthly meetup for people building with cloud native technology.",
  description:
    "Recaps, photos and recorded talks from Cloud Native London, a monthly community meetup about Kubernetes, observability, security and everything cloud native.",
  url: process.env.SITE_URL ?? "https://cloudnative.london",
  locale: "en-GB",
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
};
