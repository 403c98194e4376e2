import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleCard } from "@/app/_components/article-card";
import { EmptyState } from "@/app/_components/empty-state";
import { HighlightedText } from "@/app/_components/highlighted-text";
import { MuteAware } from "@/app/_components/mute-aware";
import { BrowserMuteItem } from "@/app/_components/muted-in-browser";
import { MutedNotice } from "@/app/_components/muted-notice";
import { Pagination } from "@/app/_components/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { getPublishers, getTopics } from "@/lib/content/publishers-and-topics";
import { parseSearchParams, type RawSearchParams } from "@/lib/content/params";
import { findTitles, isBlankSearch, runSearch } from "@/lib/content/search";
import { hideMuted } from "@/lib/personal/mutes";
import { titleChoices, topicChoices } from "./filter-options";
import { SearchForm } from "./search-form";
import { ResultCount, ReversedRangeNotice, TitleMatches } from "./search-notes";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every story from every title on Newsstand.",
  robots: { index: false, follow: true },
};

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const params = parseSearchParams(await searchParams);
  const [results, publishers, topics, user] = await Promise.all([
    runSearch(params),
    getPublishers(),
    getTopics(),
    getCurrentUser(),
  ]);
  const titles = findTitles(publishers, params.q);
  // Results are shared (cached per search); the reader's mutes are applied here. Counts stay the search's own.
  const { hits } = await hideMuted(user?.id, { hits: results.items });
  const { page: _page, rangeSwapped, ...filters } = params;
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Search</h1>
      <SearchForm values={filters} titles={titleChoices(publishers)} topics={topicChoices(topics)} />
      {rangeSwapped && <ReversedRangeNotice from={params.from} to={params.to} />}
      <TitleMatches titles={titles} />
      <section aria-labelledby="results-heading" className="mt-10">
        <h2 id="results-heading" className="section-rule mb-6 font-serif text-xl font-bold">
          {params.q ? <>Results for “{params.q}”</> : "Results"}
        </h2>
        {!isBlankSearch(params) && !results.tooBroad && <ResultCount page={results} />}
        {isBlankSearch(params) ? (
          <EmptyState title="What are you looking for?">
            Search headlines and stories from every title — try a place, a person or a subject.
          </EmptyState>
        ) : results.tooBroad ? (
          <EmptyState title="That search is too broad">
            No results could be found in time. Add another word, choose a title or topic, or set a date range.
          </EmptyState>
        ) : results.items.length === 0 ? (
          <EmptyState
            title={params.page > 1 ? "No more results" : "No results"}
            href={params.page > 1 ? `/search?${new URLSearchParams({ q: params.q })}` : undefined}
          >
            {params.page > 1
              ? "You have reached the end of the results."
              : "Nothing matched your search. Try fewer or different words, or remove a filter."}
          </EmptyState>
        ) : (
          <MuteAware cards={hits.items}>
            <MutedNotice hidden={hits.hidden} />
            <ol className="flex flex-col divide-y divide-neutral-200 dark:divide-neutral-800 [&>li]:py-5 [&>li:first-child]:pt-0">
              {hits.items.map((hit) => (
                <BrowserMuteItem key={hit.id} id={hit.id}>
                  <ArticleCard
                    article={hit}
                    variant="row"
                    headline={<HighlightedText marked={hit.headlineMarked} />}
                    standfirst={<HighlightedText marked={hit.standfirstMarked} />}
                  />
                </BrowserMuteItem>
              ))}
            </ol>
          </MuteAware>
        )}
        <Pagination basePath="/search" page={params.page} hasNext={results.hasNext} params={filters} />
      </section>
    </>
  );
}
