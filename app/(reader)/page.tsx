import { connection } from "next/server";
import { Suspense } from "react";
import { ContinueReading } from "@/app/_components/continue-reading";
import { HomeOffer } from "@/app/_components/home-offer";
import { HOME_LAYOUT, HomeSections } from "@/app/_components/home-sections";
import { getCurrentUser } from "@/lib/auth/session";
import { isSharedMemberRender } from "@/lib/auth/shared-render";
import { getEditorsPicks } from "@/lib/content/articles";
import { getFrontPage } from "@/lib/content/front-page";
import { getForYouRail } from "@/lib/personal/for-you";
import { hideMutedOnHome } from "@/lib/personal/home";
import { ForYouRail } from "./_components/for-you-rail";
import { SharedHomeParts } from "./_components/shared-home-parts";

export default async function HomePage() {
  await connection();
  // The lead stories and the rails as the newsroom laid them out (/admin/front-page), and Our Picks.
  const [front, picks, user, shared] = await Promise.all([
    getFrontPage(HOME_LAYOUT.railLength),
    getEditorsPicks(HOME_LAYOUT.picks),
    getCurrentUser(),
    isSharedMemberRender(),
  ]);
  // The lists above are shared (cached); a reader's mutes are applied here, per request, while their For You
  // rail is ranked (both share one read of the reader's follows).
  const [home, forYou] = await Promise.all([
    hideMutedOnHome(user?.id, { top: front.leads, picks, rails: front.rails }),
    user ? getForYouRail(user.id) : null,
  ]);
  return (
    <>
      <h1 className="sr-only">Today on Newsstand</h1>
      {/* Who is asking decides this, Continue reading, the For You rail and what their mutes hide below. */}
      <Suspense fallback={null}>
        <HomeOffer />
      </Suspense>
      <HomeSections
        {...home}
        afterTop={
          // The members' shared copy: the reader's own rows arrive in the browser (see lib/auth/shared-render.ts).
          shared ? (
            <SharedHomeParts />
          ) : (
            <>
              <Suspense fallback={null}>
                <ContinueReading />
              </Suspense>
              {forYou && <ForYouRail items={forYou.items} offerTopics={forYou.offerTopics} />}
            </>
          )
        }
      />
    </>
  );
}
