import type { Metadata } from "next";
import { ArticleCard } from "@/app/_components/article-card";
import { EmptyState } from "@/app/_components/empty-state";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/content/format";
import { getHistory, historyPaused } from "@/lib/reading/history";
import { clearAllHistory, removeHistoryEntry, setHistoryPaused } from "./actions";

export const metadata: Metadata = { title: "Your history", robots: { index: false } };

const button =
  "rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800";

export default async function HistoryPage() {
  const user = await requireUser("/history");
  const [stories, paused] = await Promise.all([getHistory(user.id), historyPaused(user.id)]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Your history</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">
        Stories you opened, newest first. Only you see this list.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <form action={setHistoryPaused}>
          <input type="hidden" name="paused" value={paused ? "0" : "1"} />
          <button type="submit" className={button}>
            {paused ? "Resume history" : "Pause history"}
          </button>
        </form>
        {stories.length > 0 && (
          <form action={clearAllHistory}>
            <button type="submit" className={button}>
              Clear all history
            </button>
          </form>
        )}
      </div>
      {paused && (
        <p
          role="status"
          className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          History is paused: stories you open are not added until you resume it.
        </p>
      )}
      {stories.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No history" href="/" linkLabel="Find something to read">
            {paused
              ? "Nothing is being added while history is paused."
              : "Stories you open will appear here."}
          </EmptyState>
        </div>
      ) : (
        <ul aria-label="History" className="mt-8 flex flex-col gap-8">
          {stories.map((story) => (
            <li key={story.id} className="flex flex-col gap-2">
              <ArticleCard article={story} variant="row" headingLevel={2} />
              <div className="flex items-center gap-3 text-xs text-neutral-600 dark:text-neutral-400">
                <span>Opened {formatDateTime(story.lastReadAt)}</span>
                <form action={removeHistoryEntry}>
                  <input type="hidden" name="articleId" value={story.id} />
                  <button type="submit" className="font-semibold underline">
                    Remove<span className="sr-only"> {story.headline} from history</span>
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
