import { EmptyState } from "@/app/_components/empty-state";
import { Pagination } from "@/app/_components/pagination";
import type { SearchAnswer } from "@/lib/content/search-answer-shape";
import type { SearchFormValues } from "./search-form";
import { ResultCount, ReversedRangeNotice, TitleMatches } from "./search-notes";

// The results region of a search, drawn the same from the server (a browser without JavaScript, server-results.tsx)
// and in the browser (the shell, search-shell.tsx): only the list itself differs (whose mutes, applied where).

/** A search's answer as the view needs it: the list is drawn by the caller, so only how many it holds. */
export type SearchOutcome = Omit<SearchAnswer, "items"> & {
  /** How many stories this page of results holds (before any mute hides some). */
  found: number;
};

/** The form's fields as the search was understood (a reversed range the right way round, a bad value dropped). */
export function formValuesOf({ search }: Pick<SearchAnswer, "search">): SearchFormValues {
  const { page: _page, ...values } = search;
  return values;
}

export function SearchView({
  outcome,
  list,
  pageParams = {},
}: {
  outcome: SearchOutcome;
  /** The results' list (with its muted notice), drawn when there are results. */
  list: React.ReactNode;
  /** Kept on the previous / next links besides the search's own. */
  pageParams?: Record<string, string>;
}) {
  const { search, blank, tooBroad } = outcome;
  const { page, ...filters } = search;
  return (
    <>
      {outcome.rangeSwapped && <ReversedRangeNotice from={search.from} to={search.to} />}
      <TitleMatches titles={outcome.titles} />
      <section aria-labelledby="results-heading" className="mt-10">
        <h2 id="results-heading" className="section-rule mb-6 font-serif text-xl font-bold">
          {search.q ? <>Results for “{search.q}”</> : "Results"}
        </h2>
        {!blank && !tooBroad && <ResultCount total={outcome.total} lowerBound={outcome.totalIsLowerBound} />}
        {blank ? (
          <EmptyState title="What are you looking for?">
            Search headlines and stories from every title — try a place, a person or a subject.
          </EmptyState>
        ) : tooBroad ? (
          <EmptyState title="That search is too broad">
            No results could be found in time. Add another word, choose a title or topic, or set a date range.
          </EmptyState>
        ) : outcome.found === 0 ? (
          <EmptyState
            title={page > 1 ? "No more results" : "No results"}
            href={page > 1 ? `/search?${new URLSearchParams({ q: search.q, ...pageParams })}` : undefined}
          >
            {page > 1
              ? "You have reached the end of the results."
              : "Nothing matched your search. Try fewer or different words, or remove a filter."}
          </EmptyState>
        ) : (
          list
        )}
        <Pagination
          prefetch={false}
          basePath="/search"
          page={page}
          hasNext={outcome.hasNext}
          params={{ ...filters, ...pageParams }}
        />
      </section>
    </>
  );
}
