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

// Relevance is ranked among the newest matches only: ranking every match of a common word
// means reading hundreds of thousands of tsvectors, and for news the newest matches are the
// ones that matter. Rarer words have fewer matches than this, so their ranking is exact.
export const SEARCH_CANDIDATES = 400;
// Some words cost far more than others (see the note above); past this a search is cut short and
// the reader is asked to narrow it, rather than holding a connection for seconds.
const SEARCH_TIMEOUT_MS = 1_500;

export interface SearchPage extends Page<SearchHit> {
  /** True when the search was stopped for taking too long. */
  tooBroad: boolean;
}

/** Ranked full-text search; snippets come from headline and standfirst only, never the body. */
export async function searchArticles(filter: SearchFilter): Promise<SearchPage> {
  const db = await getDb();
  const query = sql`websearch_to_tsquery('english', ${filter.q})`;
  const conditions: SQL[] = [sql`a.status = 'published'`, sql`a.search @@ ${query}`];
  if (filter.publisherSlug) {
    conditions.push(sql`a.publisher_id = (select id from publishers where slug = ${filter.publisherSlug})`);
  }
  if (filter.topicSlug) conditions.push(sql`a.topic_id = (select id from topics where slug = ${filter.topicSlug})`);
  if (filter.from) conditions.push(sql`a.published_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`a.published_at <= ${filter.to.toISOString()}::timestamptz`);
  const statement = sql`
    with candidates as (
      select a.id from articles a
      where ${sql.join(conditions, sql` and `)}
      order by a.published_at desc nulls last, a.id desc nulls last
      limit ${SEARCH_CANDIDATES}
    ), ranked as (
      select a.id, ts_rank(a.search, ${query}) as rank
      from candidates c join articles a on a.id = c.id
      order by rank desc, a.published_at desc nulls last, a.id desc nulls last
      limit ${filter.pageSize + 1} offset ${(filter.page - 1) * filter.pageSize}
    )
    select ${articleCardSql}, r.rank,
      ts_headline('english', a.headline, ${query}, ${`${MARKS}, HighlightAll=true`}) as headline_marked,
      ts_headline('english', a.standfirst, ${query}, ${`${MARKS}, MaxWords=40, MinWords=20`}) as standfirst_marked
    from ranked r
    join articles a on a.id = r.id
    join publishers p on p.id = a.publisher_id
    join topics t on t.id = a.topic_id
    order by r.rank desc, a.published_at desc nulls last, a.id desc nulls last`;
  let result: unknown;
  try {
    result = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('statement_timeout', ${String(SEARCH_TIMEOUT_MS)}, true)`);
      return tx.execute(statement);
    });
  } catch (error) {
    if (!isQueryCanceled(error)) throw error;
    return { items: [], page: filter.page, hasNext: false, tooBroad: true };
  }
  const rows = rowsOf<ArticleCardRow & { rank: number | string; headline_marked: string; standfirst_marked: string }>(
    result,
  );
  const hits = rows.map((row) => ({
    ...toArticleCard(row),
    rank: Number(row.rank),
    headlineMarked: row.headline_marked,
    standfirstMarked: row.standfirst_marked,
  }));
  return { ...toPage(hits, filter.page, filter.pageSize), tooBroad: false };
}

/** PostgreSQL's query_canceled (statement_timeout), however the driver wraps it. */
export function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e === "object" && "code" in e && (e as { code?: unknown }).code === "57014") return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}
