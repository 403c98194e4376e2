import type { PublisherSummary, TopicSummary } from "@/lib/content/publishers-and-topics";
import { formatCountry } from "@/lib/content/format";
import type { SearchParams } from "@/lib/content/params";

const field =
  "w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";
const label = "text-sm font-medium text-neutral-700 dark:text-neutral-300";

/** The full search form: a plain GET form, so it works without JavaScript and every result page has a URL. */
export function SearchForm({
  params,
  publishers,
  topics,
}: {
  params: SearchParams;
  publishers: PublisherSummary[];
  topics: TopicSummary[];
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search articles"
      className="flex flex-col gap-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className={label}>
          Search for
        </label>
        <div className="flex gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={params.q}
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
          value={params.publisher}
          options={publishers.map((p) => ({ slug: p.slug, name: p.name, group: formatCountry(p.country) }))}
        />
        <FilterSelect
          id="search-topic"
          name="topic"
          label="Topic"
          allLabel="All topics"
          value={params.topic}
          options={topics}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="search-from" className={label}>
            From
          </label>
          <input
            id="search-from"
            type="date"
            name="from"
            defaultValue={params.from ?? ""}
            className={field}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-to" className={label}>
            To
          </label>
          <input id="search-to" type="date" name="to" defaultValue={params.to ?? ""} className={field} />
        </div>
      </fieldset>
    </form>
  );
}

interface FilterOption {
  slug: string;
  name: string;
  /** Options with a group are listed under it (A–Z), e.g. titles by country. */
  group?: string;
}

function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: FilterOption[];
}) {
  const option = (o: FilterOption) => (
    <option key={o.slug} value={o.slug}>
      {o.name}
    </option>
  );
  const groups = new Map<string, FilterOption[]>();
  for (const o of props.options) {
    const group = groups.get(o.group ?? "");
    if (group) group.push(o);
    else groups.set(o.group ?? "", [o]);
  }
  const grouped = !groups.has("");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className={label}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={field}>
        <option value="">{props.allLabel}</option>
        {grouped
          ? [...groups.entries()]
              .sort(([a], [b]) => a.localeCompare(b, "en-GB"))
              .map(([group, options]) => (
                <optgroup key={group} label={group}>
                  {options.map(option)}
                </optgroup>
              ))
          : props.options.map(option)}
      </select>
    </div>
  );
}
