"use client";

import { useReaderParts } from "@/app/_components/reader-parts";
import { type Followable, FollowList, followStates } from "./follow-list";

/** Follow and mute on a members' shared page copy: shown once the reader's own follows and mutes are in. */
export function SharedFollowBar({ targets, labelled }: { targets: Followable[]; labelled: boolean }) {
  const parts = useReaderParts();
  if (!parts) return <div className="min-h-8" aria-hidden="true" />;
  return (
    <FollowList
      targets={targets}
      states={followStates(targets, parts.follows, parts.mutes)}
      labelled={labelled}
    />
  );
}
