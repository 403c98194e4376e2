import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { articles, editorsPicks } from "../schema";
import { isPublished, selectArticleCards, type ArticleCard } from "./article-fields";

/** Our Picks: the editors' list in their order, skipping anything no longer published. */
export async function listEditorsPicks(limit: number): Promise<ArticleCard[]> {
  const db = await getDb();
  return selectArticleCards(db)
    .innerJoin(editorsPicks, eq(editorsPicks.articleId, articles.id))
    .where(isPublished)
    .orderBy(asc(editorsPicks.position), asc(editorsPicks.id))
    .limit(limit);
}
