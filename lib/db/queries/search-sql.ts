import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { getDb } from "../client";
import { settings } from "@/lib/config/settings";
import { executePrepared, type Database } from "../open";
import { articleCardSql, type ArticleCardRow } from "./article-fields";

// The SQL pieces of full-text search (see search.ts for the plans that use them).

export const NEWEST = sql`a.published_at desc nulls last, a.id desc nulls last`;
export type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["transaction"]>[0]>[0];
export type HitRow = Partial<ArticleCardRow> & {
  found: number | string;
  considered: number | string;
  rank: number | string | null;
  /** Made by markHits (search-highlight.ts) for the rows with a card. */
  headline_marked?: string;
  standfirst_marked?: string;
};

// Every statement of a search is sent as a named prepared statement (executePrepared): a raw execute with
// parameters costs postgres.js two round trips (it asks the server for the parameters' types first, every
// time), a prepared one a single round trip after its first use on a connection, and statements sent together
// go out in one write. Their text never holds the words or the filters (parameters), so each connection keeps
// a few dozen of them.
//
// Transaction-local planner switches (set_config(..., true) is SET LOCAL), so pooled connections stay
// untouched. The transaction's first call (given the query) also sets its timeout and how prepared statements are
// planned: custom plans on PostgreSQL, where every statement is prepared by the driver and a generic plan would
// ignore the words; on PGlite (`keptPlans`), where only the statements sent with `planKeptOn` are prepared in a
// transaction, their kept plan (the settings fix its access path; see search.ts). Later calls flip the scans only.
// Given the query, it also says how many operands and operators it has (numnode), its text as a tsquery (`terms`,
// for the later statements: see search.ts) and, when it holds a phrase
// ("…", or hyphenated words), the same query with every phrase loosened to "all these words" — see
// search.ts. Not when it negates: "not this phrase" loosened would exclude more than it should. (Lexemes
// are quoted in a tsquery's text, and the parser never leaves "<" in one, so the pattern only meets operators.)
export async function plannerSettings(
  tx: Tx,
  { bitmap, keptPlans = false }: { bitmap: boolean; keptPlans?: boolean },
  query?: SQL,
): Promise<{ nodes: number; terms: string; words: string | null }> {
  // The query is parsed (and its words stemmed) once, in a subselect the planner may not fold into the columns
  // (offset 0): written in each column, it was parsed once per column. Its phrases are loosened here, from its text.
  const inspect = query
    ? sql`numnode(parsed.q) as nodes, parsed.q::text as terms,
      set_config('statement_timeout', ${String(settings.SEARCH_TIMEOUT_MS)}, true),
      set_config('plan_cache_mode', ${keptPlans ? "force_generic_plan" : "force_custom_plan"}, true),
      set_config('enable_seqscan', 'off', true)`
    : sql`null as nodes, null as terms`;
  const rows = await executePrepared<{ nodes: number | null; terms: string | null }>(
    tx,
    sql`select ${inspect},
    set_config('enable_indexscan', ${bitmap ? "off" : "on"}, true),
    set_config('enable_bitmapscan', ${bitmap ? "on" : "off"}, true)
    ${query ? sql`from (select ${query} as q offset 0) parsed` : sql``}`,
  );
  const terms = rows[0]?.terms ?? "";
  return { nodes: Number(rows[0]?.nodes ?? 0), terms, words: loosenedPhrases(terms) };
}

const PHRASE_OPERATOR = /<[0-9-]+>/g;

/** `terms` (a tsquery's text) with every phrase loosened to its words ANDed; null without a phrase or with a "!". */
function loosenedPhrases(terms: string): string | null {
  if (!terms.match(PHRASE_OPERATOR) || terms.includes("!")) return null;
  return terms.replace(PHRASE_OPERATOR, "&");
}

// The planner's row estimates, one per condition (planned together, never run): from the tsvector's
// lexeme statistics, close for common words and an overestimate for rare ones.
export async function estimateRows(tx: Tx, conditions: SQL[]): Promise<Array<number | undefined>> {
  const selects = conditions.map((where) => sql`select 1 from articles a where ${where}`);
  const rows = await executePrepared<{ "QUERY PLAN": unknown }>(
    tx,
    sql`explain (format json) ${sql.join(selects, sql` union all `)}`,
  );
  const raw = rows[0]?.["QUERY PLAN"];
  type Node = { "Plan Rows"?: number; "Node Type"?: string; Plans?: Node[] };
  const root = ((typeof raw === "string" ? JSON.parse(raw) : raw) as Array<{ Plan?: Node }>)[0]?.Plan;
  // An Append of one plan per select; a lone select is not wrapped.
  const parts = root?.["Node Type"] === "Append" ? (root.Plans ?? []) : [root];
  return parts.map((part) => part?.["Plan Rows"]);
}

// One page of candidates (id, published_at, rank, kept) by rank then recency, with the card, the number of
// candidates kept (found) and of all candidates (considered); one row with only the counts when the page is empty.
// `kept` is false for a candidate that failed a check made on the candidates only (a phrase, see search.ts). With
// `cap`, the page is left empty (no card read) when there are `cap` candidates or more: the caller only wanted it
// below that. With `planKeptOn`, the statement keeps its plan on that database's connection (see
// plannerSettings). The highlights are not made here (search-highlight.ts).
export async function fetchRankedPage(
  tx: Tx,
  candidates: SQL,
  filter: { page: number; pageSize: number },
  { cap, planKeptOn }: { cap?: number; planKeptOn?: Database } = {},
) {
  const wanted = cap === undefined ? sql`true` : sql`(select count(*) from c) < ${cap}`;
  return executePrepared<HitRow>(
    tx,
    sql`
    with c as materialized (${candidates}),
    ranked as (
      select id, rank, published_at from c where kept and ${wanted}
      order by rank desc, published_at desc nulls last, id desc nulls last
      limit ${filter.pageSize + 1} offset ${(filter.page - 1) * filter.pageSize}
    )
    select f.found, f.considered, r.rank, ${articleCardSql}
    from (select count(*) filter (where kept) as found, count(*) as considered from c) f
    left join ranked r on true
    left join articles a on a.id = r.id
    left join publishers p on p.id = a.publisher_id
    left join topics t on t.id = a.topic_id
    order by r.rank desc, r.published_at desc nulls last, r.id desc nulls last`,
    { planKeptOn },
  );
}
