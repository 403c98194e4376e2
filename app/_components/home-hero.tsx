import Link from "next/link";

/** The membership pitch at the top of the home page, for readers without a membership (see HomeOffer). */
export function HomeHero({ titleCount, trialUsed = false }: { titleCount: number; trialUsed?: boolean }) {
  return (
    <section
      aria-labelledby="hero-heading"
      className="mb-8 overflow-hidden rounded-2xl bg-neutral-900 px-5 py-5 text-white sm:mb-10 sm:px-10 sm:py-14 dark:bg-neutral-800"
    >
      <p className="hidden text-sm font-semibold tracking-widest text-brand-50 uppercase sm:block">
        One membership
      </p>
      <h2
        id="hero-heading"
        className="max-w-2xl font-serif text-2xl leading-tight font-bold sm:mt-2 sm:text-5xl"
      >
        All your news in one place
      </h2>
      <p className="mt-2 max-w-xl text-neutral-200 sm:mt-4 sm:text-lg">
        Read {titleCount.toLocaleString("en-GB")} premium titles from around the world
        <span className="hidden sm:inline"> — politics, business, science, culture and more —</span> with a
        single subscription.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4 sm:mt-6">
        <Link
          href="/subscribe"
          className="rounded-full bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-600 sm:px-6 sm:py-3"
        >
          {trialUsed ? "Become a member" : "Start your free trial"}
        </Link>
        <Link href="/publishers" className="font-medium text-white underline-offset-4 hover:underline">
          Browse the titles
        </Link>
      </div>
    </section>
  );
}
