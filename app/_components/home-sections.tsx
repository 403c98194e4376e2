import type { ArticleCard as Card, TopicRail } from "@/lib/content/articles";
import type { HomeHidden } from "@/lib/personal/home";
import { ArticleCard } from "./article-card";
import { MuteAware } from "./mute-aware";
import { BrowserMuteItem } from "./muted-in-browser";
import { MutedNotice } from "./muted-notice";
import { StorySection } from "./story-section";

// The home page is the heaviest page on the site (a rail per topic): every card costs render time and
// bytes (HTML plus its RSC copy), so each block shows one row: a lead with four headlines (the front page's
// lead slots, lib/content/front-page-slots.ts), four picks, and per topic four tiles without standfirsts.
export const HOME_LAYOUT = { picks: 4, railLength: 4 } as const;

/**
 * The home page's blocks: top stories (the front page's lead slots: a lead and four headlines), Our Picks, the
 * topic rails the newsroom chose. Also the newsroom's previews.
 */
export function HomeSections({
  top,
  picks,
  rails,
  hidden,
  afterTop,
}: {
  top: Card[];
  picks: Card[];
  rails: TopicRail[];
  /** What a reader's mutes took out of each block (lib/personal/home.ts). */
  hidden?: HomeHidden;
  /** A reader's own blocks (Continue reading, For You): after the news, so a story still leads the first screen. */
  afterTop?: React.ReactNode;
}) {
  const [lead, ...rest] = top;
  return (
    <div className="flex flex-col gap-12">
      {(lead || hidden?.top) && (
        <MuteAware cards={top}>
          <section aria-labelledby="top-heading" className="section-rule">
            <h2 id="top-heading" className="section-title mb-3 sm:mb-4">
              Top stories
            </h2>
            {lead && (
              <div className="grid gap-8 lg:grid-cols-3">
                <BrowserMuteItem as="div" id={lead.id} className="lg:col-span-2">
                  <ArticleCard article={lead} variant="lead" />
                </BrowserMuteItem>
                <ol className="rule-list">
                  {rest.map((article) => (
                    <BrowserMuteItem key={article.id} id={article.id}>
                      <ArticleCard article={article} variant="compact" />
                    </BrowserMuteItem>
                  ))}
                </ol>
              </div>
            )}
            <MutedNotice hidden={hidden?.top} />
          </section>
        </MuteAware>
      )}
      {afterTop}
      <StorySection id="picks" title="Our Picks" articles={picks} hidden={hidden?.picks} />
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
          hidden={hidden?.rails[rail.topicSlug]}
        />
      ))}
    </div>
  );
}
