import Link from "next/link";

const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const formatDay = (iso: string | undefined) => (iso ? day.format(new Date(`${iso}T00:00:00Z`)) : "");

/** "12 results", or "1,000+ results" when the search stopped counting (it samples the newest articles). */
export function ResultCount({ total, lowerBound }: { total: number; lowerBound: boolean }) {
  const n = total.toLocaleString("en-GB");
  const text = lowerBound ? `${n}+ results` : total === 1 ? "1 result" : `${n} results`;
  return (
    <p
      role="status"
      data-testid="result-count"
      className="-mt-3 mb-6 text-sm text-neutral-600 dark:text-neutral-400"
    >
      {text}
    </p>
  );
}

/** Said plainly rather than swapped silently, so a reader who typed the dates the wrong way round knows what they see. */
export function ReversedRangeNotice({ from, to }: { from?: string; to?: string }) {
  return (
    <p
      role="alert"
      className="mt-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      The “From” date was after the “To” date, so we swapped them: showing stories from {formatDay(from)} to{" "}
      {formatDay(to)}.
    </p>
  );
}

/** Titles whose name matches the words: a reader typing a paper's name wants the paper. */
export function TitleMatches({ titles }: { titles: { slug: string; name: string }[] }) {
  if (titles.length === 0) return null;
  return (
    <section aria-labelledby="title-matches-heading" className="mt-8">
      <h2 id="title-matches-heading" className="section-title mb-3">
        {titles.length === 1 ? "Title" : "Titles"}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {titles.map((title) => (
          <li key={title.slug}>
            <Link href={`/publishers/${title.slug}`} prefetch={false} className="pill-link">
              {title.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
