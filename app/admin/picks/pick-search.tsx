"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "../_components/field-classes";

export interface Candidate {
  id: number;
  headline: string;
  publisherName: string;
}

/** What the search block says; Our Picks uses the defaults, the front page its own words. */
export interface SearchWords {
  heading: string;
  searchName: string;
  add: string;
  added: string;
}

const PICK_WORDS: SearchWords = {
  heading: "Add a story",
  searchName: "Find a story to pick",
  add: "Add",
  added: "Picked",
};

/**
 * Finds published stories by words (the page searches on the server through ?q=) and adds one to the draft.
 * `children` go between the search form and its results (the front page's choice of slot).
 */
export function PickSearch({
  query,
  results,
  pickedIds,
  onAdd,
  words = PICK_WORDS,
  children,
}: {
  query: string;
  results: Candidate[];
  pickedIds: Set<number>;
  onAdd: (candidate: Candidate) => void;
  words?: SearchWords;
  children?: React.ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [text, setText] = useState(query);
  const [pending, startTransition] = useTransition();
  return (
    <section aria-labelledby="add-heading" className="mb-8">
      <h2 id="add-heading" className="mb-2 text-xl font-semibold">
        {words.heading}
      </h2>
      <form
        role="search"
        aria-label={words.searchName}
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          // A soft navigation: the page searches on the server and this editor keeps its unsaved draft.
          startTransition(() =>
            router.replace(`${pathname}?${new URLSearchParams({ q: text })}`, { scroll: false }),
          );
        }}
      >
        <label htmlFor="pick-query" className="sr-only">
          Words in the headline or text
        </label>
        <input
          id="pick-query"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={inputClass}
        />
        <button type="submit" className={buttonClass} disabled={pending}>
          Search
        </button>
      </form>
      {children}
      {query && (
        <ul aria-label="Search results" className="mt-3 space-y-2">
          {results.length === 0 && <li>No published story matches “{query}”.</li>}
          {results.map((result) => (
            <li key={result.id} className="flex items-center justify-between gap-3">
              <span>
                {result.headline}{" "}
                <span className="text-sm text-neutral-700 dark:text-neutral-300">
                  · {result.publisherName}
                </span>
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={pickedIds.has(result.id)}
                onClick={() => onAdd(result)}
              >
                {pickedIds.has(result.id) ? words.added : words.add}
                <span className="sr-only"> {result.headline}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
