"use client";

import { ContinueReadingList } from "@/app/_components/continue-reading-list";
import { ReaderNeed, useReaderParts } from "@/app/_components/reader-parts";
import { ForYouRailView } from "./for-you-rail-view";

/** Continue reading and the For You rail on the members' shared copy of the home page, from the reader's parts. */
export function SharedHomeParts() {
  const home = useReaderParts()?.home;
  return (
    <>
      <ReaderNeed need={{ home: true }} />
      {home && <ContinueReadingList stories={home.continueReading} />}
      {home && <ForYouRailView items={home.forYou.items} offerTopics={home.forYou.offerTopics} />}
    </>
  );
}
