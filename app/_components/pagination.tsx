import Link from "next/link";

/** Previous / next links that keep the other query parameters. */
export function Pagination({
  basePath,
  page,
  hasNext,
  params = {},
  prefetch,
}: {
  basePath: string;
  page: number;
  hasNext: boolean;
  params?: Record<string, string | undefined>;
  /** False where a click is taken in place (the search shell): fetching the next page's render ahead is waste. */
  prefetch?: false;
}) {
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} prefetch={prefetch} rel="prev" className="pill-link">
          <span aria-hidden="true">← </span>Newer
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-neutral-600 dark:text-neutral-400">Page {page}</p>
      {hasNext ? (
        <Link href={hrefFor(page + 1)} prefetch={prefetch} rel="next" className="pill-link">
          Older<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
