"use client";

import { createContext, useContext, useMemo, useState } from "react";
import { describeHidden, judgeMutes, type Mutable } from "@/lib/personal/mute-match";
import { MUTED_NOTICE_CLASS, MutedNoticeSummary } from "./muted-notice-summary";
import { ReaderNeed, useReaderParts } from "./reader-parts";

// Mutes on the members' shared page copy. The copy is one page for every member, so it lists every card; once
// the reader's parts arrive (reader-parts.tsx) each list hides the cards they muted, judged as the server judges
// them on their own render (lib/personal/mute-match.ts), and shows the same quiet notice, whose "show" brings
// the cards back in place. Until then (and without JavaScript) the list shows everything.

interface Verdict {
  /** Ids of the list's cards the reader's mutes hide. */
  hidden: ReadonlySet<number>;
  words: string | null;
  shown: boolean;
  setShown: (shown: boolean) => void;
}

const ListContext = createContext<Verdict | null>(null);
const NONE: ReadonlySet<number> = new Set();

/** One list of the copy: its cards as the mute judge needs them (their ids ask the parts for author mutes). */
export function BrowserMuteScope({ cards, children }: { cards: Mutable[]; children: React.ReactNode }) {
  const parts = useReaderParts();
  const [shown, setShown] = useState(false);
  const judged = useMemo(() => {
    if (!parts || parts.mutes.length === 0) return { hidden: NONE, words: null };
    const { hidden, because } = judgeMutes(parts.mutes, parts.mutedByAuthor, cards);
    return { hidden, words: hidden.size > 0 ? describeHidden({ items: [...hidden], because }) : null };
  }, [parts, cards]);
  const verdict = useMemo(() => ({ ...judged, shown, setShown }), [judged, shown]);
  return (
    <ListContext value={verdict}>
      <ReaderNeed need={{ cards: cards.map((card) => card.id) }} />
      {children}
    </ListContext>
  );
}

/** A list's item (an <li>, or a <div> for a lead story): hidden while its card is muted and not shown. */
export function BrowserMuteItem({
  id,
  as: Tag = "li",
  className,
  children,
}: {
  id: number;
  as?: "li" | "div";
  className?: string;
  children: React.ReactNode;
}) {
  const verdict = useContext(ListContext);
  const hidden = verdict !== null && !verdict.shown && verdict.hidden.has(id);
  return (
    <Tag className={className} hidden={hidden}>
      {children}
    </Tag>
  );
}

/** The list's "N stories hidden because you muted X · show" once the reader's parts say so; else nothing. */
export function BrowserMutedNotice() {
  const verdict = useContext(ListContext);
  if (!verdict?.words) return null;
  return (
    <details className={MUTED_NOTICE_CLASS} onToggle={(event) => verdict.setShown(event.currentTarget.open)}>
      <MutedNoticeSummary words={verdict.words} />
    </details>
  );
}
