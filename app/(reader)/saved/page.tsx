import type { Metadata } from "next";
import { ArticleCard } from "@/app/_components/article-card";
import { EmptyState } from "@/app/_components/empty-state";
import { getReadAccess } from "@/lib/auth/read-access";
import { requireUser } from "@/lib/auth/session";
import { getSavedStories } from "@/lib/reading/saved";

export const metadata: Metadata = { title: "Saved stories", robots: { index: false } };

export default async function SavedPage() {
  const user = await requireUser("/saved");
  const [stories, { decision }] = await Promise.all([getSavedStories(user.id), getReadAccess()]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold tracking-tight">Saved stories</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">
        Stories you saved to read later, newest first. Press &ldquo;Saved&rdquo; to remove one.
        {decision.allowed ? null : " Without a membership each one opens on its opening paragraphs."}
      </p>
      {stories.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="Nothing saved yet" href="/" linkLabel="Find something to read">
            Press &ldquo;Save&rdquo; on any story to keep it here.
          </EmptyState>
        </div>
      ) : (
        <ul aria-label="Saved stories" className="mt-8 flex flex-col gap-8">
          {stories.map((story) => (
            <li key={story.id}>
              <ArticleCard article={story} variant="row" headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
