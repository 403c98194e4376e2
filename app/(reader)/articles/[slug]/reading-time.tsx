import { headers } from "next/headers";
import { after } from "next/server";
import { getReadAccess } from "@/lib/auth/read-access";
import { recordOpened } from "@/lib/reading/history";
import { audienceOf, startView, type ViewedArticle } from "@/lib/reading/reading-time";
import { ReadingTracker } from "./reading-tracker";
import { SharedReadingTracker } from "./shared-article-parts";

/**
 * For a signed-in reader: a signed view token for the page's tracker, and the story put at the top of their
 * history after the response. Visitors get nothing (their pages come from the shared page cache).
 */
export async function ReadingTime({ article }: { article: ViewedArticle & { slug: string } }) {
  const { user, decision } = await getReadAccess();
  // The members' shared copy: the reader's token comes with their parts (POST /api/me), history with it.
  if (decision.reason === "shared-member") return <SharedReadingTracker slug={article.slug} />;
  if (!user) return null;
  const token = startView(user.id, article, audienceOf(decision, (await headers()).get("user-agent")));
  after(() =>
    recordOpened(user.id, article.id).catch((error: unknown) =>
      console.error("history: could not record an opened story", error),
    ),
  );
  return <ReadingTracker token={token} />;
}
