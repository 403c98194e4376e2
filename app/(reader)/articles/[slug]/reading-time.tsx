import { headers } from "next/headers";
import { after } from "next/server";
import { getReadAccess } from "@/lib/auth/read-access";
import { recordOpened } from "@/lib/reading/history";
import { audienceOf, startView, type ViewedArticle } from "@/lib/reading/reading-time";
import { ReadingTracker } from "./reading-tracker";

/**
 * For a signed-in reader: a signed view token for the page's tracker, and the story put at the top of their
 * history after the response. Visitors get nothing (their pages come from the shared page cache).
 */
export async function ReadingTime({ article }: { article: ViewedArticle }) {
  const { user, decision } = await getReadAccess();
  if (!user) return null;
  const token = startView(user.id, article, audienceOf(decision, (await headers()).get("user-agent")));
  after(() =>
    recordOpened(user.id, article.id).catch((error: unknown) =>
      console.error("history: could not record an opened story", error),
    ),
  );
  return <ReadingTracker token={token} />;
}
