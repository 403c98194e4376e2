import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { articles, type NewArticle } from "../schema";

type ArticleChanges = Partial<
  Pick<NewArticle, "headline" | "standfirst" | "bodyHtml" | "teaserHtml" | "status">
>;

/** Writes `changes` to one article (already sanitised) and stamps updated_at; answers the row. */
export async function updateArticleFields(id: number, changes: ArticleChanges) {
  const db = await getDb();
  const [row] = await db
    .update(articles)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(articles.id, id))
    .returning();
  if (!row) throw new Error(`no article ${id}`);
  return row;
}
