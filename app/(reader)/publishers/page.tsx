import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PublisherLogo } from "@/app/_components/publisher-logo";
import { getPublisherCountries, getPublishers } from "@/lib/content/publishers-and-topics";
import { formatCountry } from "@/lib/content/format";
import { parsePublishersParams, type RawSearchParams } from "@/lib/content/params";

export const metadata: Metadata = {
  title: "Titles",
  description: "Every newspaper and magazine on Newsstand, A–Z.",
  alternates: { canonical: "/publishers" },
};

const chip = "rounded-full border px-3 py-1 text-sm font-medium";
const chipOff = `${chip} border-neutral-300 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800`;
const chipOn = `${chip} border-neutral-900 bg-neutral-900 text-white dark:border-neutral-100 dark:bg-neutral-100 dark:text-neutral-900`;

export default async function PublishersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const { country } = parsePublishersParams(await searchParams);
  const [publishers, byCode] = await Promise.all([getPublishers(country), getPublisherCountries()]);
  const countries = byCode
    .map((c) => ({ ...c, name: formatCountry(c.country) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const total = countries.reduce((sum, c) => sum + c.titles, 0);
  return (
    <>
      <header className="flex flex-col gap-2">
        <h1 className="font-serif text-4xl font-bold">
          {country ? `Titles from ${formatCountry(country)}` : "All titles"}
        </h1>
        <p className="text-lg text-neutral-700 dark:text-neutral-300">
          {total.toLocaleString("en-GB")} titles from {countries.length} countries, all in one membership.
        </p>
      </header>
      <nav aria-label="Filter by country" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href="/publishers"
              className={country ? chipOff : chipOn}
              aria-current={country ? undefined : "page"}
            >
              All countries
            </Link>
          </li>
          {countries.map((c) => (
            <li key={c.country}>
              <Link
                href={`/publishers?country=${c.country}`}
                className={c.country === country ? chipOn : chipOff}
                aria-current={c.country === country ? "page" : undefined}
              >
                {c.name} <span className="opacity-75">({c.titles})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {publishers.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No titles from there yet" href="/publishers" linkLabel="See all titles" />
        </div>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {publishers.map((publisher) => (
            <li key={publisher.slug}>
              <Link
                href={`/publishers/${publisher.slug}`}
                className="flex h-full gap-3 rounded-lg border border-neutral-200 p-4 hover:border-neutral-400 dark:border-neutral-800 dark:hover:border-neutral-600"
              >
                <PublisherLogo name={publisher.name} src={publisher.logoUrl} size={40} />
                <span className="flex flex-col gap-1">
                  <span className="font-serif text-lg font-bold">{publisher.name}</span>
                  <span className="text-xs text-neutral-600 dark:text-neutral-400">
                    {formatCountry(publisher.country)}
                  </span>
                  {publisher.description && (
                    <span className="line-clamp-2 text-sm text-neutral-700 dark:text-neutral-300">
                      {publisher.description}
                    </span>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
