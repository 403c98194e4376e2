import Link from "next/link";
import { AccountLinks } from "./account-links";
import { SearchBox } from "./search-box";
import { SectionsMenu } from "./sections-menu";
import { SkipLink } from "./skip-link";

export interface NavTopic {
  slug: string;
  name: string;
}

/**
 * The masthead. Topics come from the caller so static pages (about, 404) can render it without the database.
 * On a phone: one row (name, sections menu, account) plus search; from `sm` up the sections are a bar of
 * their own, wrapping rather than scrolling so no section hides past the edge.
 * Section links do not prefetch: they are on every page, and each prefetch of a dynamic page is a server render.
 */
export function SiteHeader({ topics = [] }: { topics?: NavTopic[] }) {
  const sections = [
    { href: "/", label: "Home" },
    ...topics.map((topic) => ({ href: `/topics/${topic.slug}`, label: topic.name })),
    { href: "/publishers", label: "Titles" },
  ];
  return (
    <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
      <SkipLink />
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2 sm:flex-nowrap sm:gap-x-6 sm:py-3">
        <Link href="/" className="mr-auto font-serif text-xl font-bold tracking-tight sm:mr-0 sm:text-3xl">
          News<span className="text-brand-700 dark:text-brand-500">stand</span>
        </Link>
        <SectionsMenu sections={sections} />
        <div className="order-last w-full sm:order-none sm:w-auto sm:min-w-72 sm:flex-1 md:max-w-md">
          <SearchBox />
        </div>
        <div className="sm:ml-auto">
          <AccountLinks />
        </div>
      </div>
      <nav
        aria-label="Sections"
        className="hidden border-t border-neutral-200 sm:block dark:border-neutral-800"
      >
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-medium whitespace-nowrap">
          {sections.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                prefetch={section.href === "/" ? undefined : false}
                className="nav-link"
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
