import Link from "next/link";

/** The 404 message, inside whichever shell the page already has. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-500">
        404
      </p>
      <h1 className="font-serif text-4xl font-bold">We can&apos;t find that page</h1>
      <p className="text-lg text-neutral-700 dark:text-neutral-300">
        The story may have moved or been withdrawn. Try the front page or search for it.
      </p>
      <div className="flex gap-4">
        <Link
          href="/"
          className="rounded-full bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600"
        >
          Front page
        </Link>
        <Link
          href="/search"
          className="rounded-full border border-neutral-300 px-5 py-2 font-semibold dark:border-neutral-700"
        >
          Search
        </Link>
      </div>
    </div>
  );
}
