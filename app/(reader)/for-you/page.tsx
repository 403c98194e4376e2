import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { getForYou } from "@/lib/personal/for-you";
import { ForYouList } from "../_components/for-you-list";
import { TopicChooser } from "../_components/topic-chooser";
import { resetPersonalisationAction } from "../_lib/personal-actions";

export const metadata: Metadata = {
  title: "For You",
  description:
    "Your own front page: stories from the titles, topics and writers you follow, each saying why.",
  robots: { index: false, follow: true },
};

const LENGTH = 30;

export default async function ForYouPage() {
  await connection();
  const user = await getCurrentUser();
  if (!user) return <ForYouIntro />;
  const { items, follows, offerTopics } = await getForYou(user.id, LENGTH);
  return (
    <>
      <header className="mb-8 flex flex-col gap-2">
        <h1 className="font-serif text-4xl font-bold">For You</h1>
        <p className="max-w-2xl text-neutral-700 dark:text-neutral-300">
          Ranked from what you follow, what is new, what is widely read and the topics and titles you read
          most — never a story in your reading history, nothing you muted. Each story says why it is here.
        </p>
        <p className="text-sm">
          <Link href="/following" className="link-brand font-medium">
            Manage what you follow and mute
          </Link>
          {follows.follows.length > 0 &&
            ` (${follows.follows.length} followed, ${follows.mutes.length} muted)`}
        </p>
      </header>
      {offerTopics && <TopicChooser />}
      {items.length === 0 ? (
        <EmptyState title="Nothing new for you yet">
          Follow a topic or a title and its stories appear here.
        </EmptyState>
      ) : (
        <ForYouList items={items} />
      )}
      <form
        action={resetPersonalisationAction}
        className="mt-12 border-t border-neutral-200 pt-6 dark:border-neutral-800"
      >
        <p className="mb-2 text-sm text-neutral-700 dark:text-neutral-300">
          Start again: forget what you follow and what your reading taught this list (your history itself and
          your mutes stay).
        </p>
        <button
          type="submit"
          className="rounded-md border border-neutral-300 px-4 py-2 text-sm font-semibold hover:bg-neutral-50 dark:border-neutral-700 dark:hover:bg-neutral-900"
        >
          Reset my personalisation
        </button>
      </form>
    </>
  );
}

/** What visitors see: what For You is, and an invitation to sign up. */
function ForYouIntro() {
  return (
    <section aria-labelledby="intro-heading" className="mx-auto max-w-2xl py-8 text-center">
      <h1 id="intro-heading" className="font-serif text-4xl font-bold">
        For You
      </h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">
        Your own front page. Follow the titles, topics and writers you care about, mute the ones you
        don&apos;t, and For You ranks the newest and most read stories for you — each one saying why it is
        there. Reset it whenever you like.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-4">
        <Link
          href="/sign-up?callbackUrl=%2Ffor-you"
          className="rounded-full bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-600"
        >
          Create a free account
        </Link>
        <Link href="/sign-in?callbackUrl=%2Ffor-you" className="px-2 py-3 font-medium hover:underline">
          Sign in
        </Link>
      </div>
    </section>
  );
}
