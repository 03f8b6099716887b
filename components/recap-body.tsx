import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import Image from "next/image";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { PhotoButton } from "@/components/photo-gallery";
import type { RecapWithBody } from "@/lib/content";
import { markdownToHast } from "@/lib/markdown";

/** The organiser's Markdown as React: site photos become sized, lazy next/image that open the lightbox. */
export function RecapBody({ recap }: { recap: RecapWithBody }) {
  function BodyImage({ src, alt }: ComponentProps<"img">) {
    const index = recap.photos.findIndex((photo) => photo.src === src);
    const photo = recap.photos[index];
    if (!photo) {
      // A remote or missing image (already a warning in the content check): shown as written.
      // eslint-disable-next-line @next/next/no-img-element
      return <img src={typeof src === "string" ? src : undefined} alt={alt ?? ""} loading="lazy" className="rounded-xl" />;
    }
    return (
      <PhotoButton index={index} label={`Open photo: ${alt || photo.alt}`}>
        <Image
          src={photo.src}
          alt={alt || photo.alt}
          width={photo.width}
          height={photo.height}
          sizes="(min-width: 1024px) 640px, (min-width: 768px) 720px, 100vw"
          className="my-0 h-auto w-full transition duration-300 group-hover:scale-[1.01]"
        />
      </PhotoButton>
    );
  }

  return toJsxRuntime(markdownToHast(recap.body), { Fragment, jsx, jsxs, components: { img: BodyImage } });
}
