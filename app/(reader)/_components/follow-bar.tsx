import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { getReaderFollows, KIND_WORDS, type FollowKind } from "@/lib/personal/follows";
import { FollowButtons, type FollowState } from "./follow-buttons";

export interface Followable {
  kind: FollowKind;
  slug: string;
  name: string;
}

/**
 * Follow and mute buttons for the titles, topics and authors a page is about. Visitors get one sign-in link
 * instead (their page is the same for every visitor, so it may be cached whole).
 */
export async function FollowBar({
  targets,
  returnTo,
  labelled = true,
}: {
  targets: Followable[];
  returnTo: string;
  /** Show each target's name beside its buttons (a page about several things, like an article). */
  labelled?: boolean;
}) {
  const user = await getCurrentUser();
  if (!user)
    return (
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}
          className="link-brand font-medium"
        >
          Sign in
        </Link>{" "}
        to follow or mute {targets.length === 1 ? `this ${KIND_WORDS[targets[0]!.kind].one}` : "these"} and
        get a For You list of your own.
      </p>
    );
  const { follows, mutes } = await getReaderFollows(user.id);
  const has = (list: typeof follows, t: Followable) =>
    list.some((f) => f.kind === t.kind && f.slug === t.slug);
  const stateOf = (t: Followable): FollowState =>
    has(mutes, t) ? "muted" : has(follows, t) ? "following" : "none";
  return (
    <ul aria-label="Follow or mute" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {targets.map((target) => (
        <li key={`${target.kind}:${target.slug}`} className="flex items-center gap-2">
          {labelled && <span className="font-medium">{target.name}</span>}
          <FollowButtons {...target} state={stateOf(target)} />
        </li>
      ))}
    </ul>
  );
}
