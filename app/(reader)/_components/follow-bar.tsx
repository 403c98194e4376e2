import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { isSharedMemberRender } from "@/lib/auth/shared-render";
import { getReaderFollows, KIND_WORDS } from "@/lib/personal/follows";
import { type Followable, FollowList, followStates } from "./follow-list";
import { SharedFollowBar } from "./shared-follow-bar";

export type { Followable };

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
  // The members' shared page copy: the buttons appear with the reader's own follows and mutes.
  if (await isSharedMemberRender()) return <SharedFollowBar targets={targets} labelled={labelled} />;
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
  return <FollowList targets={targets} states={followStates(targets, follows, mutes)} labelled={labelled} />;
}
