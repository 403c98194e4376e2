"use client";

import { ReaderNeed, useReaderParts } from "@/app/_components/reader-parts";
import { MembershipNotice } from "./membership-notice";
import { ReadingTracker } from "./reading-tracker";

// The article's own parts on a members' shared page copy (lib/auth/shared-render.ts), from the reader's parts.

export function SharedMembershipNotice() {
  const notice = useReaderParts()?.notice;
  return notice ? <MembershipNotice notice={{ kind: notice.kind, date: new Date(notice.date) }} /> : null;
}

/** Asks for this story's view token (which also puts it in the reader's history), then counts reading time. */
export function SharedReadingTracker({ slug }: { slug: string }) {
  const token = useReaderParts()?.viewToken;
  return (
    <>
      <ReaderNeed need={{ article: slug }} />
      {token ? <ReadingTracker token={token} /> : null}
    </>
  );
}
