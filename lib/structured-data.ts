import type { Recap } from "./content/model";
import { talkName, talkPath } from "./talk-display";
import { absoluteUrl } from "./url";
import { youTubeEmbedUrl, youTubeThumbnailUrl, youTubeWatchUrl } from "./youtube";

/**
 * schema.org VideoObject for a recap's recording, with one Clip per timed talk: what lets search
 * engines show the talks as key moments that open this page at the talk.
 */
export function recapVideoJsonLd(recap: Recap): Record<string, unknown> | null {
  if (!recap.videoId) return null;
  const timed = recap.talks.filter((talk): talk is typeof talk & { start: number } => talk.start !== null).sort((a, b) => a.start - b.start);
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: recap.title,
    description: recap.summary || recap.title,
    thumbnailUrl: [...(recap.cover ? [absoluteUrl(recap.cover.src)] : []), youTubeThumbnailUrl(recap.videoId)],
    uploadDate: recap.date,
    embedUrl: youTubeEmbedUrl(recap.videoId),
    url: youTubeWatchUrl(recap.videoId),
    hasPart: timed.map((talk, index) => {
      const next = timed[index + 1];
      return {
        "@type": "Clip",
        name: talkName(talk),
        startOffset: talk.start,
        ...(next ? { endOffset: next.start } : {}),
        url: absoluteUrl(talkPath(recap.url, talk)),
      };
    }),
  };
}
