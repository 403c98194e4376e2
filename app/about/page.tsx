import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/app/_components/site-shell";

// Static on purpose: no database, no request data. The benchmark uses it as its reference page.
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "About Newsstand",
  description: "What Newsstand is: over a hundred premium titles, one membership.",
  alternates: { canonical: "/about" },
};

export default function AboutPage() {
  return (
    <SiteShell>
      <article className="mx-auto flex max-w-2xl flex-col gap-5 text-lg leading-relaxed">
        <h1 className="font-serif text-4xl font-bold">About Newsstand</h1>
        <p>
          Newsstand brings together over a hundred newspapers and magazines from around the world. Anyone can
          read the opening of every story; members read everything, from every title, with one subscription.
        </p>
        <h2 className="font-serif text-2xl font-bold">How it works</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>Browse the day&apos;s top stories, our editors&apos; picks and a section for every topic.</li>
          <li>Follow a title you love, or search across all of them at once.</li>
          <li>Start with a free trial, then pay monthly or yearly. Cancel whenever you like.</li>
        </ul>
        <h2 className="font-serif text-2xl font-bold">Fair to publishers</h2>
        <p>
          Titles are paid for the time members spend reading their journalism, so good reporting is rewarded
          rather than clicks.
        </p>
        <p className="text-base text-neutral-600 dark:text-neutral-400">
          This is a demonstration: every title, author and story on this site is fictional.
        </p>
        <p>
          <Link
            href="/publishers"
            className="font-semibold text-brand-700 hover:underline dark:text-brand-500"
          >
            See all the titles<span aria-hidden="true"> →</span>
          </Link>
        </p>
      </article>
    </SiteShell>
  );
}
