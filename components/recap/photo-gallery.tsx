"use client";

import Image from "next/image";
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from "react";
import type { Photo } from "@/lib/content";

const OpenPhotoContext = createContext<((index: number) => void) | null>(null);

/** Holds a recap's photos and the lightbox; any PhotoButton inside opens it at its photo. */
export function PhotoGallery({ photos, children }: { photos: Photo[]; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [index, setIndex] = useState<number | null>(null);

  const open = useCallback((photoIndex: number) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setIndex(photoIndex);
    dialog.current?.showModal();
  }, []);

  const step = (delta: number) => setIndex((current) => (current === null ? null : (current + delta + photos.length) % photos.length));

  const photo = index === null ? undefined : photos[index];
  return (
    <OpenPhotoContext.Provider value={open}>
      {children}
      <dialog
        ref={dialog}
        aria-label="Photo viewer"
        onClose={() => {
          setIndex(null);
          opener.current?.focus();
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowRight") step(1);
          if (event.key === "ArrowLeft") step(-1);
        }}
        onClick={(event) => {
          if (event.target === event.currentTarget) dialog.current?.close();
        }}
        className="m-auto max-h-none max-w-none bg-transparent p-0 text-white backdrop:bg-slate-950/90 open:flex open:h-dvh open:w-screen open:flex-col open:items-center open:justify-center"
      >
        <div className="flex w-full items-center justify-between gap-4 px-4 py-3">
          <p aria-live="polite" className="text-sm text-slate-200">
            {index === null ? "" : `Photo ${index + 1} of ${photos.length}`}
          </p>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/20"
          >
            Close<span className="sr-only"> photo viewer</span>
          </button>
        </div>
        {photo ? (
          <figure className="flex min-h-0 w-full flex-1 flex-col items-center justify-center gap-3 px-4 pb-4">
            <Image
              key={photo.src}
              src={photo.src}
              alt={photo.alt}
              width={photo.width}
              height={photo.height}
              sizes="100vw"
              className="h-auto max-h-[78dvh] w-auto max-w-full rounded-lg object-contain"
            />
            <figcaption className="max-w-2xl text-center text-sm text-slate-200">{photo.alt}</figcaption>
          </figure>
        ) : null}
        {photos.length > 1 ? (
          <div className="flex gap-3 pb-6">
            <button type="button" onClick={() => step(-1)} className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/20">
              <span aria-hidden="true">← </span>Previous<span className="sr-only"> photo</span>
            </button>
            <button type="button" onClick={() => step(1)} className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/20">
              Next<span className="sr-only"> photo</span>
              <span aria-hidden="true"> →</span>
            </button>
          </div>
        ) : null}
      </dialog>
    </OpenPhotoContext.Provider>
  );
}

/** Makes a photo on the page open the lightbox (Enter/Space or click). */
export function PhotoButton({ index, label, children }: { index: number; label: string; children: ReactNode }) {
  const open = useContext(OpenPhotoContext);
  return (
    <button
      type="button"
      onClick={() => open?.(index)}
      aria-label={label}
      aria-haspopup="dialog"
      className="group relative block w-full cursor-zoom-in overflow-hidden rounded-xl"
    >
      {children}
    </button>
  );
}
