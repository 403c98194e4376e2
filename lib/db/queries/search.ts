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

// Checking one article against a query reads its whole tsvector (body included, out of line in
// TOAST: ~20 µs), while the GIN index finds matches without reading them. So the plan depends on
// how many articles match, found first with a cheap capped count through the GIN index:
// - none: nothing more to do;
// - fewer than fewMatches ("all"): every match is ranked;
// - more ("recent"): the newest recentWindow articles are checked and their matches ranked, which
//   is cheap exactly when the word is common; if fewer than denseMatches of them match, the word
//   is spread thin ("newest"): the GIN index lists every match, the newest `candidates` are ranked.
export const SEARCH_LIMITS = { fewMatches: 2_000, recentWindow: 400, denseMatches: 40, candidates: 400 };
export type SearchLimits = typeof SEARCH_LIMITS;
export type SearchPlan = "none" | "all" | "recent" | "newest";
// Past this a search is cut short and the reader is asked to narrow it, rather than holding a connection.
const SEARCH_TIMEOUT_MS = 1_500;

export interface SearchPage extends Page<SearchHit> {
  /** True when the search was stopped for taking too long. */
  tooBroad: boolean;
  /** Which plan answered (for tests and measurements); absent when cut short. */
  plan?: SearchPlan;
}

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["transaction"]>[0]>[0];
type HitRow = Partial<ArticleCardRow> & { found: number | string; rank: number | string | null; headline_marked: string; standfirst_marked: string };

/** Ranked full-text search; snippets come from headline and standfirst only, never the body. */
export async function searchArticles(filter: SearchFilter, limits: SearchLimits = SEARCH_LIMITS): Promise<SearchPage> {
  const db = await getDb();
  const query = sql`websearch_to_tsquery('english', ${filter.q})`;
  const scope = scopeConditions(filter);
  const matching = sql.join([...scope, sql`a.search @@ ${query}`], sql` and `);
  const newest = sql`a.published_at desc nulls last, a.id desc nulls last`;
  const ranked = (candidates: SQL) => rankedPage(candidates, query, filter);
  try {
    return await db.transaction(async (tx) => {
      // Bitmap scans only: the planner would otherwise walk published_at checking every article.
      await plannerSettings(tx, { bitmap: true });
      const counted = rowsOf<{ n: number | string }>(
        await tx.execute(sql`select count(*) as n from (select 1 from articles a where ${matching} limit ${limits.fewMatches}) s`),
      );
      const matches = Number(counted[0]?.n ?? 0);
      if (matches === 0) return toSearchPage([], filter, "none");
      if (matches < limits.fewMatches) {
        const all = sql`select a.id, a.published_at, ts_rank(a.search, ${query}) as rank from articles a where ${matching}`;
        return toSearchPage(rowsOf<HitRow>(await tx.execute(ranked(all))), filter, "all");
      }
      await plannerSettings(tx, { bitmap: false });
      const recent = sql`select w.id, w.published_at, ts_rank(w.search, ${query}) as rank
        from (select a.id, a.published_at, a.search from articles a where ${sql.join(scope, sql` and `)}
              order by ${newest} limit ${limits.recentWindow}) w
        where w.search @@ ${query}`;
      const dense = rowsOf<HitRow>(await tx.execute(ranked(recent)));
      if (Number(dense[0]?.found ?? 0) >= limits.denseMatches) return toSearchPage(dense, filter, "recent");
      await plannerSettings(tx, { bitmap: true });
      const newestMatches = sql`select c.id, c.published_at, ts_rank(a.search, ${query}) as rank
        from (select a.id, a.published_at from articles a where ${matching} order by ${newest} limit ${limits.candidates}) c
        join articles a on a.id = c.id`;
      return toSearchPage(rowsOf<HitRow>(await tx.execute(ranked(newestMatches))), filter, "newest");
    });
  } catch (error) {
    if (!isQueryCanceled(error)) throw error;
    return { items: [], page: filter.page, hasNext: false, tooBroad: true };
  }
}

function scopeConditions(filter: SearchFilter): SQL[] {
  const conditions: SQL[] = [sql`a.status = 'published'`];
  if (filter.publisherSlug) {
    conditions.push(sql`a.publisher_id = (select id from publishers where slug = ${filter.publisherSlug})`);
  }
  if (filter.topicSlug) conditions.push(sql`a.topic_id = (select id from topics where slug = ${filter.topicSlug})`);
  if (filter.from) conditions.push(sql`a.published_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`a.published_at <= ${filter.to.toISOString()}::timestamptz`);
  return conditions;
}

// Transaction-local planner switches (set_config(..., true) is SET LOCAL), so pooled connections stay untouched.
async function plannerSettings(tx: Tx, { bitmap }: { bitmap: boolean }): Promise<void> {
  await tx.execute(sql`select set_config('statement_timeout', ${String(SEARCH_TIMEOUT_MS)}, true),
    set_config('enable_seqscan', 'off', true),
    set_config('enable_indexscan', ${bitmap ? "off" : "on"}, true),
    set_config('enable_bitmapscan', ${bitmap ? "on" : "off"}, true)`);
}

// One page of candidates (id, published_at, rank) by rank then recency, with the card, the
// highlighted snippets and the number of candidates; one row with only `found` when the page is empty.
function rankedPage(candidates: SQL, query: SQL, filter: SearchFilter): SQL {
  return sql`
    with c as materialized (${candidates}),
    ranked as (
      select id, rank, published_at from c
      order by rank desc, published_at desc nulls last, id desc nulls last
      limit ${filter.pageSize + 1} offset ${(filter.page - 1) * filter.pageSize}
    )
    select f.found, r.rank, ${articleCardSql},
      ts_headline('english', a.headline, ${query}, ${`${MARKS}, HighlightAll=true`}) as headline_marked,
      ts_headline('english', a.standfirst, ${query}, ${`${MARKS}, MaxWords=40, MinWords=20`}) as standfirst_marked
    from (select count(*) as found from c) f
    left join ranked r on true
    left join articles a on a.id = r.id
    left join publishers p on p.id = a.publisher_id
    left join topics t on t.id = a.topic_id
    order by r.rank desc, r.published_at desc nulls last, r.id desc nulls last`;
}

function toSearchPage(rows: HitRow[], filter: SearchFilter, plan: SearchPlan): SearchPage {
  const hits = rows
    .filter((row): row is HitRow & ArticleCardRow => row.id !== null && row.id !== undefined)
    .map((row) => ({
      ...toArticleCard(row),
      rank: Number(row.rank),
      headlineMarked: row.headline_marked,
      standfirstMarked: row.standfirst_marked,
    }));
  return { ...toPage(hits, filter.page, filter.pageSize), tooBroad: false, plan };
}

/** PostgreSQL's query_canceled (statement_timeout), however the driver wraps it. */
export function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e === "object" && "code" in e && (e as { code?: unknown }).code === "57014") return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}
