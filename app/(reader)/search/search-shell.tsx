"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState, useSyncExternalStore, type MouseEvent } from "react";
import { BrowserMuteScope, BrowserMutedNotice } from "@/app/_components/muted-in-browser";
import { ReaderPartsForLateCards } from "@/app/_components/reader-parts";
import type { SearchAnswer } from "@/lib/content/search-answer-shape";
import type { FilterChoices } from "./filter-options";
import { SearchForm, type SearchFormValues } from "./search-form";
import { SearchResultsList } from "./search-results-list";
import { formValuesOf, SearchView } from "./search-view";

// The search page for a browser that runs JavaScript: one shell for every search (the page cache keeps it once),
// whose results come from GET /api/search as JSON, the same for everyone; the reader's mutes are applied here, as
// on the members' shared copies. Until the browser has taken the page over, the shell draws what the server drew
// (no search), so hydration matches whichever search the address holds.

type Loaded = { query: string; answer: SearchAnswer } | { query: string; failed: true };

const subscribeToNothing = () => () => undefined;

/** False while the server renders and the browser hydrates, true after: the address is then the browser's. */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function valuesOf(params: URLSearchParams): SearchFormValues {
  const value = (name: string) => params.get(name) || undefined;
  return {
    q: params.get("q") ?? "",
    publisher: value("publisher"),
    topic: value("topic"),
    from: value("from"),
    to: value("to"),
  };
}

export function SearchShell({
  titles,
  topics,
  signedIn,
}: {
  titles: FilterChoices;
  topics: FilterChoices;
  /** A page rendered for a signed-in reader (not a shared copy): the results ask for their mutes themselves. */
  signedIn: boolean;
}) {
  const params = useSearchParams();
  const inBrowser = useInBrowser();
  const query = inBrowser ? params.toString() : null;
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    fetch(`/api/search?${query}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`search answered ${response.status}`);
        setLoaded({ query, answer: (await response.json()) as SearchAnswer });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ query, failed: true });
      });
    return () => controller.abort();
  }, [query, attempt]);

  const current = loaded?.query === query ? loaded : undefined;
  // As typed until the answer says how the search was understood (a reversed range the right way round, a value
  // that is not one dropped); a change of values draws the form afresh (its fields take values only when drawn).
  const values =
    current && "answer" in current
      ? formValuesOf(current.answer)
      : query === null
        ? { q: "" }
        : valuesOf(params);
  return (
    <>
      <SearchForm
        key={JSON.stringify(values)}
        values={values}
        titles={titles}
        topics={topics}
        onSearch={(next) => window.history.pushState(null, "", `/search?${next}`)}
      />
      {current && "answer" in current ? (
        <div onClickCapture={turnPageInPlace}>
          <SearchView
            outcome={{ ...current.answer, found: current.answer.items.length }}
            list={<ResultsList items={current.answer.items} signedIn={signedIn} />}
          />
        </div>
      ) : current ? (
        <p role="alert" className="mt-10 rounded-md border border-red-300 px-4 py-3 text-sm">
          Search is not answering just now.{" "}
          <button type="button" className="link-brand underline" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </p>
      ) : (
        <p aria-busy="true" className="mt-10 text-sm text-neutral-600 dark:text-neutral-400">
          {query === null ? "" : "Searching…"}
        </p>
      )}
      <noscript>
        {/* The shell is one page for every search, so it cannot show this one's results without script. */}
        <p className="mt-4 text-sm text-neutral-700 dark:text-neutral-300">
          Your browser is not running JavaScript: type your search in the form above and press Search to see
          its results.
        </p>
      </noscript>
    </>
  );
}

/**
 * A link to another page of this search (Older, Newer, back to the last page) is taken in place, as the form's
 * submit is: the address changes and the answer is fetched, with no render of the page. Before Next's own link
 * handler, which leaves a click it finds handled. A click that opens a new tab or window is left to the browser.
 */
function turnPageInPlace(event: MouseEvent<HTMLElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  const href = link?.getAttribute("href");
  if (!link || !href?.startsWith("/search?") || link.target) return;
  event.preventDefault();
  window.history.pushState(null, "", href);
  window.scrollTo({ top: 0 });
}

/** The results, their dates revived, with the reader's mutes applied as on the shared copies. */
function ResultsList({ items, signedIn }: { items: SearchAnswer["items"]; signedIn: boolean }) {
  const hits = useMemo(
    () => items.map((item) => ({ ...item, publishedAt: new Date(item.publishedAt) })),
    [items],
  );
  const cards = useMemo(
    () => hits.map(({ id, publisherSlug, topicSlug }) => ({ id, publisherSlug, topicSlug })),
    [hits],
  );
  return (
    <ReaderPartsForLateCards cardIds={cards.map((card) => card.id)} signedIn={signedIn}>
      <BrowserMuteScope cards={cards}>
        <BrowserMutedNotice />
        <SearchResultsList hits={hits} />
      </BrowserMuteScope>
    </ReaderPartsForLateCards>
  );
}
