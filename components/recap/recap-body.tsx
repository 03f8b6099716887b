import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import Image from "next/image";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { PhotoButton } from "@/components/recap/photo-gallery";
import { SeekLink } from "@/components/recap/seek-link";
import { TalkSection } from "@/components/recap/talk-section";
import type { RecapWithBody, TalkEntry } from "@/lib/content";
import { markdownToHast, talkSectionContent } from "@/lib/render/markdown";
import { shownBodyImage } from "@/lib/render/recap-images";
import { parseYouTubeUrl } from "@/lib/youtube";

type MarkedSectionProps = ComponentProps<"section"> & { "data-talk"?: string; "data-level"?: string };

type RecapBodyProps = {
  recap: RecapWithBody;
  /** The recap's talks, each with its page (lib/content's getRecapTalks). */
  talks: readonly TalkEntry[];
  /** Only this talk's words, without its frame: what the talk's own page shows. */
  onlyTalk?: TalkEntry;
};

/**
 * The organiser's Markdown as React: talk paragraphs become speaker sections, timestamps into the
 * recap's video seek the page's player, and site photos become sized next/image that open the lightbox.
 */
export function RecapBody({ recap, talks, onlyTalk }: RecapBodyProps) {
  const talkLines = recap.talksFrom === "body" ? talks.map((talk) => talk.line - recap.bodyStartLine + 1) : [];
  const tree = markdownToHast(recap.body, { videoId: recap.videoId, talkLines });
  const shown = onlyTalk ? talkSectionContent(tree, talks.findIndex((talk) => talk.key === onlyTalk.key)) : tree;

  function BodySection({ "data-talk": talkIndex, "data-level": level, children, ...props }: MarkedSectionProps) {
    const talk = talkIndex === undefined ? undefined : talks[Number(talkIndex)];
    if (!talk) return <section {...props}>{children}</section>;
    return (
      <TalkSection talk={talk} headingLevel={Number(level ?? 3)}>
        {children}
      </TalkSection>
    );
  }

  function BodyLink({ href, children, ...props }: ComponentProps<"a">) {
    const target = typeof href === "string" ? parseYouTubeUrl(href) : null;
    if (href && recap.videoId && target?.videoId === recap.videoId && target.start !== null) {
      return (
        <SeekLink seconds={target.start} href={href}>
          {children}
        </SeekLink>
      );
    }
    // A talk's own recording, embedded or linked in its section, plays in the page's player too.
    if (href && target && target.videoId !== recap.videoId && talks.some((talk) => talk.videoId === target.videoId)) {
      return (
        <SeekLink seconds={target.start ?? 0} videoId={target.videoId} href={href}>
          {children}
        </SeekLink>
      );
    }
    return (
      <a href={href} {...props}>
        {children}
      </a>
    );
  }

  function BodyImage({ src, alt }: ComponentProps<"img">) {
    const shown = shownBodyImage(recap, src, alt);
    if (!shown) return null;
    if (shown.kind === "link") return <a href={shown.href}>{shown.text}</a>;
    const { photo, index } = shown;
    return (
      <PhotoButton index={index} label={`Open photo: ${shown.alt}`}>
        <Image
          src={photo.src}
          alt={shown.alt}
          width={photo.width}
          height={photo.height}
          sizes="(min-width: 1024px) 640px, (min-width: 768px) 720px, 100vw"
          className="my-0 h-auto w-full transition duration-300 group-hover:scale-[1.01]"
        />
      </PhotoButton>
    );
  }

  return toJsxRuntime(shown, { Fragment, jsx, jsxs, components: { a: BodyLink, img: BodyImage, section: BodySection } });
}
