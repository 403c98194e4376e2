import { connection } from "next/server";
import { ArticleCard } from "@/app/_components/article-card";
import { HomeHero } from "@/app/_components/home-hero";
import { StorySection } from "@/app/_components/story-section";
import { getEditorsPicks, getTopicRails, getTopStories } from "@/lib/content/articles";
import { getPublisherCount } from "@/lib/content/publishers-and-topics";

// The home page is the heaviest page on the site (a rail per topic): every card costs render time and
// bytes (HTML plus its RSC copy), so each block shows one row: a lead with four headlines, four
// picks, and per topic four tiles without standfirsts.
const RAIL_LENGTH = 4;

export default async function HomePage() {
  await connection();
  const [titleCount, top, picks, rails] = await Promise.all([
    getPublisherCount(),
    getTopStories(5),
    getEditorsPicks(4),
    getTopicRails(RAIL_LENGTH),
  ]);
  const [lead, ...rest] = top;
  return (
    <>
      <HomeHero titleCount={titleCount} />
      <div className="flex flex-col gap-12">
        {lead && (
          <section aria-labelledby="top-heading" className="section-rule">
            <h2 id="top-heading" className="section-title mb-4">
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
