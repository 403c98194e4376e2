import Link from "next/link";

/** The signed-out pitch at the top of the home page. */
export function HomeHero({ titleCount }: { titleCount: number }) {
  return (
    <section
      aria-labelledby="hero-heading"
      className="mb-10 overflow-hidden rounded-2xl bg-neutral-900 px-6 py-10 text-white sm:px-10 sm:py-14 dark:bg-neutral-800"
    >
      <p className="text-sm font-semibold tracking-widest text-brand-50 uppercase">One membership</p>
      <h1
        id="hero-heading"
        className="mt-2 max-w-2xl font-serif text-4xl leading-tight font-bold sm:text-5xl"
      >
        All your news in one place
      </h1>
      <p className="mt-4 max-w-xl text-lg text-neutral-200">
        Read {titleCount.toLocaleString("en-GB")} premium titles from around the world — politics, business,
        science, culture and more — with a single subscription.
      </p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Link
          href="/subscribe"
          className="rounded-full bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-600"
        >
          Start your free trial
        </Link>
        <Link href="/publishers" className="font-medium text-white underline-offset-4 hover:underline">
          Browse the titles
        </Link>
      </div>
    </section>
  );
}
