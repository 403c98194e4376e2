"use client";

import { NoScriptField } from "@/app/_components/no-script-field";
import type { FilterChoices, FilterOption } from "./filter-options";

// A client component so that its markup travels in the JavaScript bundle rather than in the page's RSC payload
// (the page sends the choices, some 150 titles, as data). It has no state and no effects: without JavaScript it is
// a plain GET form, which then also sends the no-script field (lib/content/search-without-script.ts) so that the
// page answers with its results rendered; with JavaScript the shell takes the submit (`onSearch`).

const field =
  "w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";
const label = "text-sm font-medium text-neutral-700 dark:text-neutral-300";

/** What the form shows as filled in: the search's own fields. */
export interface SearchFormValues {
  q: string;
  publisher?: string;
  topic?: string;
  from?: string;
  to?: string;
}

/** The full search form: a plain GET form, so it works without JavaScript and every result page has a URL. */
export function SearchForm({
  values,
  titles,
  topics,
  onSearch,
}: {
  values: SearchFormValues;
  titles: FilterChoices;
  topics: FilterChoices;
  /** Takes the submit in the browser: the search's query, its empty fields left out. */
  onSearch?: (query: URLSearchParams) => void;
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search articles"
      className="flex flex-col gap-4"
      onSubmit={
        onSearch &&
        ((event) => {
          event.preventDefault();
          onSearch(filledFields(new FormData(event.currentTarget)));
        })
      }
    >
      <NoScriptField />
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className={label}>
          Search for
        </label>
        <div className="flex gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={values.q}
            maxLength={200}
            className={`${field} text-lg`}
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-600"
          >
            Search
          </button>
        </div>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="sr-only">Filters</legend>
        <FilterSelect
          id="search-publisher"
          name="publisher"
          label="Title"
          allLabel="All titles"
          value={values.publisher}
          choices={titles}
        />
        <FilterSelect
          id="search-topic"
          name="topic"
          label="Topic"
          allLabel="All topics"
          value={values.topic}
          choices={topics}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="search-from" className={label}>
            From
          </label>
          <input
            id="search-from"
            type="date"
            name="from"
            defaultValue={values.from ?? ""}
            className={field}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-to" className={label}>
            To
          </label>
          <input id="search-to" type="date" name="to" defaultValue={values.to ?? ""} className={field} />
        </div>
      </fieldset>
    </form>
  );
}

function filledFields(form: FormData): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of form)
    if (typeof value === "string" && value.trim() !== "") query.append(name, value);
  return query;
}

function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  choices: FilterChoices;
}) {
  const option = (o: FilterOption) => (
    <option key={o.slug} value={o.slug}>
      {o.name}
    </option>
  );
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className={label}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={field}>
        <option value="">{props.allLabel}</option>
        {"groups" in props.choices
          ? props.choices.groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map(option)}
              </optgroup>
            ))
          : props.choices.options.map(option)}
      </select>
    </div>
  );
}
