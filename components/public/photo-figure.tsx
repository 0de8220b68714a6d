import type { Photo } from "@/lib/public/first-photo";

/** A photo outside the article text (the lead story's picture), with its caption and credit. */
export function PhotoFigure({
  photo,
  sizes,
  className = "",
}: {
  photo: Photo;
  sizes: string;
  className?: string;
}) {
  return (
    <figure className={className}>
      {/* Sized WebP copies are made at upload (sharp); next/image would resize again per request. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={photo.src}
        srcSet={photo.srcset}
        sizes={photo.srcset ? sizes : undefined}
        width={photo.width}
        height={photo.height}
        alt={photo.alt}
        className="h-auto w-full bg-gray-100"
      />
      {(photo.caption || photo.credit) && (
        <figcaption className="mt-2 text-sm leading-relaxed text-muted">
          {photo.caption}
          {photo.credit && <span className="ml-3 whitespace-nowrap">摄影 {photo.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
