import { getImageProps } from "next/image";

interface LocalImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes?: string;
  /** The page's main image: loaded eagerly and at high priority. */
  priority?: boolean;
  className?: string;
}

type ArticleImageProps = Omit<LocalImageProps, "src" | "width" | "height" | "sizes"> & {
  src: string | null;
  width: number | null;
  height: number | null;
  sizes: string;
};

/** A site-local image through next/image's loader, rendered as a plain <img> on the server (no client component). */
export function LocalImage({ priority = false, ...image }: LocalImageProps) {
  // getImageProps gives the same attributes as <Image> without a client component per image: pages
  // show dozens of cards, and each <Image> added hydration work and its props to the RSC payload.
  // The inline style next/image adds ({ color: "transparent" }) is left out: callers' classes set it once in CSS
  // (.media-box, .logo) rather than on every <img> in HTML and payload.
  const {
    props: { style: _style, ...props },
  } = getImageProps({ ...image, ...(priority ? { loading: "eager", fetchPriority: "high" } : {}) });
  // eslint-disable-next-line @next/next/no-img-element -- the props are next/image's own (getImageProps)
  return <img {...props} alt={image.alt} />;
}

/** A path on this site (not "//host", which browsers read as another host): the only images we show. */
export function isLocalImage(src: string | null): src is string {
  return src !== null && src.startsWith("/") && !src.startsWith("//");
}

// Images are served from the site itself; anything else (or nothing) gets a neutral block so
// the browser never asks another host and layouts keep their shape. The image is its own box (no wrapper):
// one element per card less in HTML and payload.
export function ArticleImage({
  src,
  alt,
  width,
  height,
  sizes,
  priority = false,
  className,
}: ArticleImageProps) {
  const box = className ? `media-box ${className}` : "media-box";
  if (!isLocalImage(src)) return <div className={box} aria-hidden="true" />;
  return (
    <LocalImage
      src={src}
      alt={alt}
      width={width ?? 1200}
      height={height ?? 675}
      sizes={sizes}
      priority={priority}
      className={box}
    />
  );
}
