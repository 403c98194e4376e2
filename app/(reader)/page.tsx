import { connection } from "next/server";
import { Suspense } from "react";
import { ArticleCard } from "@/app/_components/article-card";
import { HomeOffer } from "@/app/_components/home-offer";
import { StorySection } from "@/app/_components/story-section";
import { getEditorsPicks, getTopicRails, getTopStories } from "@/lib/content/articles";

// The home page is the heaviest page on the site (a rail per topic): every card costs render time and
// bytes (HTML plus its RSC copy), so each block shows one row: a lead with four headlines, four
// picks, and per topic four tiles without standfirsts.
const RAIL_LENGTH = 4;

export default async function HomePage() {
  await connection();
  const [top, picks, rails] = await Promise.all([
    getTopStories(5),
    getEditorsPicks(4),
    getTopicRails(RAIL_LENGTH),
  ]);
  const [lead, ...rest] = top;
  return (
    <>
      <h1 className="sr-only">Today on Newsstand</h1>
      {/* Who is asking decides only this; everything below is the same for every reader. */}
      <Suspense fallback={null}>
        <HomeOffer />
      </Suspense>
      <div className="flex flex-col gap-12">
        {lead && (
          <section aria-labelledby="top-heading" className="section-rule">
            <h2 id="top-heading" className="section-title mb-3 sm:mb-4">
              Top stories
            </h2>
            <div className="grid gap-8 lg:grid-cols-3">
              <div className="lg:col-span-2">
                <ArticleCard article={lead} variant="lead" />
              </div>
              <ol className="rule-list">
                {rest.map((article) => (
                  <li key={article.id}>
                    <ArticleCard article={article} variant="compact" />
                  </li>
                ))}
              </ol>
            </div>
          </section>
        )}
        <StorySection id="picks" title="Our Picks" articles={picks} />
        {rails.map((rail) => (
          <StorySection
            key={rail.topicSlug}
            id={`topic-${rail.topicSlug}`}
            title={rail.topicName}
            articles={rail.articles}
            moreHref={`/topics/${rail.topicSlug}`}
            moreLabel={`More in ${rail.topicName}`}
            layout="tiles"
            showTopic={false}
          />
        ))}
      </div>
    </>
  );
}
