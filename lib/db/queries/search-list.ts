import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf } from "../open";
import {
  articleCardFromSql,
  articleCardSql,
  toArticleCard,
  toPage,
  type ArticleCardRow,
  NOT_PAUSED_SQL,
} from "./article-fields";
import type { SearchFilter, SearchPage } from "./search";
import { NEWEST } from "./search-sql";

/** Past this many, a count says "1,000+": counting every article of a large scope is not worth a page view. */
export const LIST_COUNT_CAP = 1_000;

export function scopeConditions(filter: SearchFilter): SQL[] {
  const conditions: SQL[] = [sql`a.status = 'published'`, NOT_PAUSED_SQL];
  if (filter.publisherSlug) {
    conditions.push(sql`a.publisher_id = (select id from publishers where slug = ${filter.publisherSlug})`);
  }
  if (filter.topicSlug)
    conditions.push(sql`a.topic_id = (select id from topics where slug = ${filter.topicSlug})`);
  if (filter.from) conditions.push(sql`a.published_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`a.published_at <= ${filter.to.toISOString()}::timestamptz`);
  return conditions;
}

/**
 * The scope as the planner can estimate it (search-shared.ts): without leaving out paused titles, which it would
 * rate as a flat half of the articles (NOT IN a subquery); their articles are few.
 */
export function estimableScope(filter: SearchFilter): SQL {
  return sql.join(
    scopeConditions(filter).filter((condition) => condition !== NOT_PAUSED_SQL),
    sql` and `,
  );
}

/** A search with filters and no words: the newest articles in scope, through the same indexes as the title and topic pages. */
export async function listInScope(scope: SQL, filter: SearchFilter): Promise<SearchPage> {
  const db = await getDb();
  const [rows, counted] = await Promise.all([
    db.execute(sql`select ${articleCardSql} from ${articleCardFromSql} where ${scope}
      order by ${NEWEST} limit ${filter.pageSize + 1} offset ${(filter.page - 1) * filter.pageSize}`),
    db.execute(
      sql`select count(*) as n from (select 1 from articles a where ${scope} limit ${LIST_COUNT_CAP}) s`,
    ),
  ]);
  const hits = rowsOf<ArticleCardRow>(rows).map((row) => {
    const card = toArticleCard(row);
    return { ...card, rank: 0, headlineMarked: card.headline, standfirstMarked: card.standfirst };
  });
  const total = Number(rowsOf<{ n: number | string }>(counted)[0]?.n ?? 0);
  return {
    ...toPage(hits, filter.page, filter.pageSize),
    tooBroad: false,
    plan: "list",
    total,
    totalIsLowerBound: total >= LIST_COUNT_CAP,
  };
}
