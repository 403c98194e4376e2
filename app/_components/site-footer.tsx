import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-neutral-200 bg-neutral-50 dark:border-neutral-800 dark:bg-neutral-900">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-neutral-700 sm:flex-row sm:items-center sm:justify-between dark:text-neutral-300">
        <p>
          <span className="font-serif font-bold text-neutral-900 dark:text-neutral-100">Newsstand</span> —
          over a hundred titles, one membership. All titles and stories here are fictional.
        </p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/about" className="hover:underline">
                About
              </Link>
            </li>
            <li>
              <Link href="/publishers" className="hover:underline">
                Publishers
              </Link>
            </li>
            <li>
              <Link href="/search" className="hover:underline">
                Search
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
