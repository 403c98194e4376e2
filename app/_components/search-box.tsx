import { NoScriptField } from "./no-script-field";

export function SearchBox({ defaultValue = "", id = "site-search" }: { defaultValue?: string; id?: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex w-full items-center">
      <NoScriptField />
      <label htmlFor={id} className="sr-only">
        Search articles
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Search stories and titles"
        className="w-full rounded-l-full border border-neutral-300 bg-white px-4 py-1.5 text-sm text-neutral-900 placeholder:text-neutral-500 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:placeholder:text-neutral-400"
      />
      <button
        type="submit"
        className="rounded-r-full border border-l-0 border-neutral-300 bg-neutral-100 px-3 py-1.5 text-sm font-medium hover:bg-neutral-200 dark:border-neutral-700 dark:bg-neutral-800 dark:hover:bg-neutral-700"
      >
        Search
      </button>
    </form>
  );
}
