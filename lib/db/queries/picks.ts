import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articles, editorsPicks } from "../schema";
import { isListed, selectArticleCards, type ArticleCard } from "./article-fields";

/**
 * Our Picks: pinned first, then the editors' order, skipping anything no longer published and any pick
 * outside its schedule at the time of the query (so scheduled picks appear and expire without a save).
 */
export async function listEditorsPicks(limit: number): Promise<ArticleCard[]> {
  const db = await getDb();
  return selectArticleCards(db)
    .innerJoin(editorsPicks, eq(editorsPicks.articleId, articles.id))
    .where(
      and(
        isListed,
        sql`(${editorsPicks.startsAt} is null or ${editorsPicks.startsAt} <= now())`,
        sql`(${editorsPicks.endsAt} is null or ${editorsPicks.endsAt} > now())`,
      ),
    )
    .orderBy(desc(editorsPicks.pinned), asc(editorsPicks.position), asc(editorsPicks.id))
    .limit(limit);
}
