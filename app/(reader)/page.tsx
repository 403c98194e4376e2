import { connection } from "next/server";
import { Suspense } from "react";
import { ContinueReading } from "@/app/_components/continue-reading";
import { HomeOffer } from "@/app/_components/home-offer";
import { HOME_LAYOUT, HomeSections } from "@/app/_components/home-sections";
import { getCurrentUser } from "@/lib/auth/session";
import { getEditorsPicks, getTopicRails, getTopStories } from "@/lib/content/articles";
import { hideMutedOnHome } from "@/lib/personal/home";
import { ForYouRail } from "./_components/for-you-rail";

export default async function HomePage() {
  await connection();
  const [top, picks, rails, user] = await Promise.all([
    getTopStories(HOME_LAYOUT.top),
    getEditorsPicks(HOME_LAYOUT.picks),
    getTopicRails(HOME_LAYOUT.railLength),
    getCurrentUser(),
  ]);
  // The lists above are shared (cached); a reader's mutes are applied here, per request.
  const home = await hideMutedOnHome(user?.id, { top, picks, rails });
  return (
    <>
      <h1 className="sr-only">Today on Newsstand</h1>
      {/* Who is asking decides only this, Continue reading and the For You rail; the rest is the same for every reader. */}
      <Suspense fallback={null}>
        <HomeOffer />
      </Suspense>
      <HomeSections
        {...home}
        afterTop={
          <>
            <Suspense fallback={null}>
              <ContinueReading />
            </Suspense>
            {user && <ForYouRail userId={user.id} />}
          </>
        }
      />
    </>
  );
}
