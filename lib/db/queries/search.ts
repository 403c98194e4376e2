import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf } from "../open";
import { articleCardSql, toArticleCard, toPage, type ArticleCard, type ArticleCardRow, type Page } from "./article-fields";

// Private-use characters mark highlights: ts_headline does not escape HTML, so the UI splits
// on these and renders plain text instead of trusting markup.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";
const MARKS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;

export interface SearchFilter {
  /** Free text as typed; parsed by websearch_to_tsquery, which accepts any input without error. */
  q: string;
  publisherSlug?: string;
  topicSlug?: string;
  /** Inclusive bounds, UTC. */
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface SearchHit extends ArticleCard {
  rank: number;
  /** Headline and standfirst with highlights marked by HIGHLIGHT_START / HIGHLIGHT_STOP. */
  headlineMarked: string;
  standfirstMarked: string;
}

/** Ranked full-text search; snippets come from headline and standfirst only, never the body. */
export async function searchArticles(filter: SearchFilter): Promise<Page<SearchHit>> {
  const db = await getDb();
  const conditions: SQL[] = [sql`a.status = 'published'`, sql`a.search @@ q.query`];
  if (filter.publisherSlug) conditions.push(sql`p.slug = ${filter.publisherSlug}`);
  if (filter.topicSlug) conditions.push(sql`t.slug = ${filter.topicSlug}`);
  if (filter.from) conditions.push(sql`a.published_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`a.published_at <= ${filter.to.toISOString()}::timestamptz`);
  const result = await db.execute(sql`
    select ranked.*,
      ts_headline('english', ranked.headline, q.query, ${`${MARKS}, HighlightAll=true`}) as headline_marked,
      ts_headline('english', ranked.standfirst, q.query, ${`${MARKS}, MaxWords=40, MinWords=20`}) as standfirst_marked
    from (
      select ${articleCardSql}, ts_rank(a.search, q.query) as rank
      from articles a
      cross join websearch_to_tsquery('english', ${filter.q}) as q(query)
      join publishers p on p.id = a.publisher_id
      join topics t on t.id = a.topic_id
      where ${sql.join(conditions, sql` and `)}
      order by rank desc, a.published_at desc, a.id desc
      limit ${filter.pageSize + 1} offset ${(filter.page - 1) * filter.pageSize}
    ) ranked
    cross join websearch_to_tsquery('english', ${filter.q}) as q(query)
    order by ranked.rank desc, ranked.published_at desc, ranked.id desc`);
  const rows = rowsOf<ArticleCardRow & { rank: number | string; headline_marked: string; standfirst_marked: string }>(
    result,
  );
  const hits = rows.map((row) => ({
    ...toArticleCard(row),
    rank: Number(row.rank),
    headlineMarked: row.headline_marked,
    standfirstMarked: row.standfirst_marked,
  }));
  return toPage(hits, filter.page, filter.pageSize);
}
