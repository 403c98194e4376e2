"use client";

/** What a reader sees when a page fails: a calm message and a retry, never the error itself. */
export function ErrorMessage({ retry }: { retry: () => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center">
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="text-lg">We couldn&apos;t load this page just now. Please try again in a moment.</p>
      <div className="flex gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-full bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600"
        >
          Try again
        </button>
        {/* A full load, not <Link>: it starts the app afresh, which a crashed root layout needs. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="rounded-full border border-neutral-400 px-5 py-2 font-semibold">
          Front page
        </a>
      </div>
    </div>
  );
}
