import { isLocalImage, LocalImage } from "./article-image";

/** A title's logo, or its initials when it has none. Decorative: the title's name is always beside it. */
export function PublisherLogo({ name, src, size = 24 }: { name: string; src: string | null; size?: number }) {
  if (isLocalImage(src)) {
    return <LocalImage src={src} alt="" width={size} height={size} className="logo" />;
  }
  const initials = name
    .replace(/^the\s+/i, "")
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0] ?? "")
    .join("")
    .toUpperCase();
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.42 }}
      className="logo-initials"
    >
      {initials}
    </span>
  );
}
