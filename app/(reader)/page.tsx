import { connection } from "next/server";
import { Suspense } from "react";
import { ContinueReading } from "@/app/_components/continue-reading";
import { HomeOffer } from "@/app/_components/home-offer";
import { HOME_LAYOUT, HomeSections } from "@/app/_components/home-sections";
import { getEditorsPicks, getTopicRails, getTopStories } from "@/lib/content/articles";

export default async function HomePage() {
  await connection();
  const [top, picks, rails] = await Promise.all([
    getTopStories(HOME_LAYOUT.top),
    getEditorsPicks(HOME_LAYOUT.picks),
    getTopicRails(HOME_LAYOUT.railLength),
  ]);
  return (
    <>
      <h1 className="sr-only">Today on Newsstand</h1>
      {/* Who is asking decides only this; everything below is the same for every reader. */}
      <Suspense fallback={null}>
        <HomeOffer />
      </Suspense>
      <Suspense fallback={null}>
        <ContinueReading />
      </Suspense>
      <HomeSections top={top} picks={picks} rails={rails} />
    </>
  );
}
