import Link from "next/link";
import { AccountLinks } from "./account-links";
import { SearchBox } from "./search-box";

export interface NavTopic {
  slug: string;
  name: string;
}

/**
 * The masthead. Topics come from the caller so static pages (about, 404) can render it without the database.
 * Section links do not prefetch: they are on every page, and each prefetch of a dynamic page is a server render.
 */
export function SiteHeader({ topics = [] }: { topics?: NavTopic[] }) {
  return (
    <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-neutral-900 focus:shadow"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-3 sm:gap-x-6 px-4 py-3">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight sm:text-3xl">
          News<span className="text-brand-700 dark:text-brand-500">stand</span>
        </Link>
        <div className="order-3 w-full sm:order-2 sm:w-auto sm:min-w-72 sm:flex-1 md:max-w-md">
          <SearchBox />
        </div>
        <div className="order-2 sm:order-3">
          <AccountLinks />
        </div>
      </div>
      <nav aria-label="Topics" className="border-t border-neutral-200 dark:border-neutral-800">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm [scrollbar-width:none] font-medium whitespace-nowrap">
          <li>
            <Link href="/" className="nav-link">
              Home
            </Link>
          </li>
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link href={`/topics/${topic.slug}`} prefetch={false} className="nav-link">
                {topic.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/publishers" prefetch={false} className="nav-link">
              Titles
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
