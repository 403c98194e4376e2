import type { ArticleCard as Card, Page } from "@/lib/content/articles";
import type { HiddenStories } from "@/lib/personal/mutes";
import { ArticleCard } from "./article-card";
import { EmptyState } from "./empty-state";
import { MuteAware } from "./mute-aware";
import { BrowserMuteItem } from "./muted-in-browser";
import { MutedNotice } from "./muted-notice";
import { Pagination } from "./pagination";

/** A paginated list of stories (a title's or a topic's latest), with a friendly end-of-list state. */
export function StoryList({
  page,
  basePath,
  heading,
  showTopic = true,
  hidden,
}: {
  page: Page<Card>;
  basePath: string;
  heading: string;
  /** Off on a topic's own page, where every story has that topic. */
  showTopic?: boolean;
  /** Stories of this page the reader's mutes took out. */
  hidden?: HiddenStories<Card> | null;
}) {
  return (
    <MuteAware cards={page.items}>
      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="section-rule section-title mb-6">
          {heading}
        </h2>
        <MutedNotice hidden={hidden} />
        {page.items.length === 0 && hidden ? null : page.items.length === 0 ? (
          <EmptyState
            title={page.page > 1 ? "No more stories here" : "No stories yet"}
            href={page.page > 1 ? basePath : undefined}
          >
            {page.page > 1 ? "You have reached the end of the list." : "Check back soon."}
          </EmptyState>
        ) : (
          <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
            {page.items.map((article) => (
              <BrowserMuteItem key={article.id} id={article.id}>
                <ArticleCard article={article} showTopic={showTopic} />
              </BrowserMuteItem>
            ))}
          </ul>
        )}
        <Pagination basePath={basePath} page={page.page} hasNext={page.hasNext} />
      </section>
    </MuteAware>
  );
}
