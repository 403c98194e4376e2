import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { FOLLOW_KINDS, getReaderFollows, KIND_WORDS, type FollowTarget } from "@/lib/personal/follows";
import { FollowButtons } from "../_components/follow-buttons";

export const metadata: Metadata = { title: "Following and muted", robots: { index: false, follow: false } };

/** Every follow and mute of the reader, by kind, each with its one-click undo. */
export default async function FollowingPage() {
  await connection();
  const user = await requireUser("/following");
  const { follows, mutes } = await getReaderFollows(user.id);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Following and muted</h1>
      <p className="mt-2 max-w-2xl text-neutral-700 dark:text-neutral-300">
        What you follow shapes{" "}
        <Link href="/for-you" className="link-brand font-medium">
          For You
        </Link>
        . What you mute is hidden from every list you see, with a note saying so.
      </p>
      <div className="mt-8 grid gap-10 md:grid-cols-2">
        <TargetList heading="Following" targets={follows} state="following" empty="You follow nothing yet." />
        <TargetList heading="Muted" targets={mutes} state="muted" empty="You have muted nothing." />
      </div>
    </>
  );
}

function TargetList({
  heading,
  targets,
  state,
  empty,
}: {
  heading: string;
  targets: FollowTarget[];
  state: "following" | "muted";
  empty: string;
}) {
  const id = `${state}-heading`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-rule section-title mb-4">
        {heading}
      </h2>
      {targets.length === 0 ? (
        <p className="text-neutral-600 dark:text-neutral-400">{empty}</p>
      ) : (
        FOLLOW_KINDS.map((kind) => {
          const ofKind = targets.filter((t) => t.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="mb-6">
              <h3 className="mb-2 text-sm font-semibold text-neutral-600 dark:text-neutral-400">
                {KIND_WORDS[kind].many}
              </h3>
              <ul className="flex flex-col gap-2">
                {ofKind.map((target) => (
                  <li key={target.slug} className="flex items-center justify-between gap-4">
                    <Link
                      href={`${KIND_WORDS[kind].path}/${target.slug}`}
                      className="font-medium hover:underline"
                    >
                      {target.name}
                    </Link>
                    <FollowButtons kind={kind} slug={target.slug} name={target.name} state={state} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
