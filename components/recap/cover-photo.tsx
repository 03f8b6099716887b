import Image from "next/image";
import type { Photo } from "@/lib/content";

/** A recap's photo shown on its own (no recording to play): the page's largest paint, so it loads first. */
export function CoverPhoto({ photo, sizes }: { photo: Photo; sizes: string }) {
  return <Image src={photo.src} alt={photo.alt} width={photo.width} height={photo.height} preload fetchPriority="high" sizes={sizes} className="h-auto w-full rounded-2xl" />;
}
