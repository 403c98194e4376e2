import { isSharedMemberRender } from "@/lib/auth/shared-render";
import type { Mutable } from "@/lib/personal/mute-match";
import { BrowserMuteScope } from "./muted-in-browser";

/**
 * Wraps one list of cards. On the members' shared copy the reader's mutes are applied in their browser
 * (muted-in-browser.tsx), so the list hands its cards' ids, titles and topics down; on every other render the
 * server applied them already (lib/personal/mutes.ts) and the list is left as it is.
 */
export async function MuteAware({
  cards,
  children,
}: {
  cards: readonly Mutable[];
  children: React.ReactNode;
}) {
  if (!(await isSharedMemberRender())) return children;
  const judged = cards.map(({ id, publisherSlug, topicSlug }) => ({ id, publisherSlug, topicSlug }));
  return <BrowserMuteScope cards={judged}>{children}</BrowserMuteScope>;
}
