import Image from "next/image";

interface ArticleImageProps {
  src: string | null;
  alt: string;
  width: number | null;
  height: number | null;
  sizes: string;
  priority?: boolean;
  className?: string;
}

// Images are served from the site itself; anything else (or nothing) gets a neutral block so
// the browser never asks another host and layouts keep their shape.
export function ArticleImage({ src, alt, width, height, sizes, priority = false, className = "" }: ArticleImageProps) {
  const box = `aspect-[16/9] w-full overflow-hidden rounded-md bg-neutral-200 dark:bg-neutral-800 ${className}`;
  if (!src || !src.startsWith("/") || src.startsWith("//")) return <div className={box} aria-hidden="true" />;
  return (
    <div className={box}>
      <Image
        src={src}
        alt={alt}
        width={width ?? 1200}
        height={height ?? 675}
        sizes={sizes}
        priority={priority}
        className="h-full w-full object-cover"
      />
    </div>
  );
}
