import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { articles, editorsPicks, publishers, topics } from "../schema";
import { articleCardFields, isPublished, type ArticleCard } from "./article-fields";

/** Our Picks: the editors' list in their order, skipping anything no longer published. */
export async function listEditorsPicks(limit: number): Promise<ArticleCard[]> {
  const db = await getDb();
  return db
    .select(articleCardFields)
    .from(editorsPicks)
    .innerJoin(articles, eq(articles.id, editorsPicks.articleId))
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .innerJoin(topics, eq(topics.id, articles.topicId))
    .where(isPublished)
    .orderBy(asc(editorsPicks.position), asc(editorsPicks.id))
    .limit(limit);
}
