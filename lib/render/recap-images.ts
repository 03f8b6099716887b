import type { Photo, Recap } from "../content/model";
import { isSitePath } from "../url";
import { firstVideo } from "./playback";

/**
 * Which of a recap's images its page shows, and how. The page and the feeds both ask here, so a feed
 * reader never sees an image the page hides. `recap.photos` holds what the content check found: the
 * site's own photos that exist, with their sizes.
 */

/** An image of the body as the page shows it: one of the recap's photos, a link to a remote image, or nothing. */
export type ShownBodyImage = { kind: "photo"; photo: Photo; index: number; alt: string } | { kind: "link"; href: string; text: string } | null;

export function shownBodyImage(recap: Pick<Recap, "photos">, src: unknown, alt: string | undefined): ShownBodyImage {
  const index = recap.photos.findIndex((photo) => photo.src === src);
  const photo = recap.photos[index];
  if (photo) return { kind: "photo", photo, index, alt: alt || photo.alt };
  // A missing photo was reported by the content check and is left out; a remote one is linked,
  // as the site loads images only from itself.
  if (typeof src !== "string" || isSitePath(src)) return null;
  return { kind: "link", href: src, text: alt ? `Image: ${alt}` : "External image" };
}

/** The cover as the page shows it: the player's poster when there is a video, else on its own unless `hide_image`. */
export function shownCover(recap: Pick<Recap, "cover" | "hideCover" | "videoId" | "talks">): { photo: Photo; as: "poster" | "photo" } | null {
  if (!recap.cover) return null;
  if (firstVideo(recap.videoId, recap.talks)) return { photo: recap.cover, as: "poster" };
  return recap.hideCover ? null : { photo: recap.cover, as: "photo" };
}
