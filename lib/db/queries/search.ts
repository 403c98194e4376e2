import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { executePrepared, runsOnOneConnection, type Database } from "../open";
import { toArticleCard, toPage, type ArticleCard, type ArticleCardRow, type Page } from "./article-fields";
import { estimableScope, listInScope, scopeConditions } from "./search-list";
import { NEWEST, estimateRows, plannerSettings, fetchRankedPage, type HitRow, type Tx } from "./search-sql";
import { markHits } from "./search-highlight";
import { estimatedRowsInScope, estimatedShare, keptCutoff, lexemesOfWords } from "./search-shared";
import { isSearchTextError, toSearchText } from "./search-text";

export { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/content/search-marks";

export interface SearchFilter {
  /** Free text as typed (see toSearchText); without words, the newest articles in scope are listed. */
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
// TOAST: microseconds when cached, far more from disk), and so does ranking it; the GIN index finds matches without reading them, but
// costs in proportion to how many there are. So the plan depends on the word:
// - common in the scope by the planner's statistics (share >= denseShare) -> "recent": the newest
//   recentWindow articles are checked and their matches ranked (if at least denseMatches of them match);
// - otherwise the matches through the GIN index, at most fewMatches of them, ranked in the same statement:
//   0 -> "none"; fewer -> "all": every match is ranked (most searches of two or more words end here, after
//   two statements that read only their matches, the words' shares being kept: see search-shared.ts);
// - more, with several words -> "recent" as above if the newest articles hold enough (the statistics
//   multiply the words' shares, far below the truth for words that go together: "finance director" 1%
//   estimated, 20% found);
// - else -> "newest": the newest `candidates` matches are ranked, looked up through the GIN index
//   ANDed with a window of the newest articles sized from the estimated share, so that only a few
//   hundred rows are read; the window is dropped if it holds too few.
// A phrase is the exception to "the index finds matches without reading them": GIN knows which articles
// hold all its words, not in what order, so each candidate must be read. Unchecked, a phrase of two common
// words reads half the table. So a phrase is first checked on the newest recentWindow articles in scope
// ("recent" if enough hold it); if its words are common there but the phrase is rarer, on the newest
// phraseWalk articles ("recent", whatever it finds); otherwise the plans above choose candidates by all
// its words through the index and check the phrase on those only (phraseCandidates of them in "newest").
// A phrase found only in older articles may then be missed when its words are common: the newest
// matches are what a news reader wants first, and the answer stays bounded.
export const SEARCH_LIMITS = {
  denseShare: 0.05,
  recentWindow: 300,
  denseMatches: 15,
  fewMatches: 1_000,
  manyMatches: 2_000,
  candidates: 200,
  phraseCandidates: 400,
  phraseWalk: 3_000,
};
export type SearchLimits = typeof SEARCH_LIMITS;
export type SearchPlan = "none" | "all" | "recent" | "newest";
export interface SearchPage extends Page<SearchHit> {
  /** True when the search was stopped for taking too long. */
  tooBroad: boolean;
  /** Which plan answered (for tests and measurements); absent when cut short. */
  plan?: SearchPlan | "list";
  /** How many articles matched: exact, or at least this many when `totalIsLowerBound` (a plan that samples). */
  total: number;
  totalIsLowerBound: boolean;
}

/** Ranked full-text search; snippets come from headline and standfirst only, never the body. */
export async function searchArticles(
  filter: SearchFilter,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<SearchPage> {
  const text = toSearchText(filter.q);
  const scope = sql.join(scopeConditions(filter), sql` and `);
  if (text === "") return listInScope(scope, filter);
  const db = await getDb();
  const typed = sql`websearch_to_tsquery('english', ${text})`;
  // On PGlite, planning the statement most searches end with ("few" below) took ~1 ms of a ~6 ms search in
  // WebAssembly; it always runs under the same settings (bitmap scans), which fix its plan, so it keeps one. The
  // others are planned per search: the plan of the newest window depends on its cutoff.
  const keptPlans = runsOnOneConnection(db);
  try {
    return await db.transaction(async (tx) => {
      const { nodes, terms, words } = await plannerSettings(tx, { bitmap: true, keptPlans }, typed);
      // Only stop words (or nothing searchable): no article can match, and checking them all would say so slowly.
      if (nodes === 0) return toSearchPage([], filter, "none", 0);
      // From here the query is its parsed text, a tsquery parameter: in a kept (generic) plan the words as typed
      // would be parsed and stemmed again for every row that reads them (the recheck, ts_rank, the phrase check),
      // which took ~14 % of the server's time in the PGlite bench's new searches.
      const query = sql`${terms}::tsquery`;
      const page = (candidates: SQL, options?: { cap?: number; planKeptOn?: Database }) =>
        fetchRankedPage(tx, candidates, filter, options);
      // The page answered, with its highlights: made for it alone, not for a sample or window a plan discards.
      const answer = async (rows: HitRow[], plan: SearchPlan, counted: number) =>
        toSearchPage(
          await markHits(rows, terms, (shown) => lexemesOfWords(db, tx, shown)),
          filter,
          plan,
          counted,
        );
      // Without a phrase, `words` is the query itself and the phrase check is no check.
      const allWords = words === null ? query : sql`${words}::tsquery`;
      const matching = sql`${scope} and a.search @@ ${allWords}`;
      const phrase = words === null ? sql`true` : sql`a.search @@ ${query}`;
      // The share of the scope holding all the words, by the statistics (a phrase's words as if loosened: the
      // planner rates a phrase as its words ANDed).
      const rated = await estimatedShare(db, tx, words ?? terms);
      const share = rated?.share ?? (await plannerShare(tx, scope, matching));
      const inScope = await estimatedRowsInScope(db, tx, estimableScope(filter));
      // The newest `window` articles in scope that hold all the words (considered), and of those the ones
      // that hold the phrase (found, kept).
      const recent = (window: number) =>
        page(
          sql`select a.id, a.published_at, ts_rank(a.search, ${query}) as rank, ${phrase} as kept
          from (select a.id, a.published_at, a.search from articles a where ${scope}
                order by ${NEWEST} limit ${window}) a
          where a.search @@ ${allWords}`,
        );
      // The newest articles, when enough of them match (or, for a phrase whose words are common there,
      // further back); undefined when the sample says nothing.
      const sampled = async () => {
        // Index scans for the walk down published_at; back to bitmap scans for the index lookups after it.
        await plannerSettings(tx, { bitmap: false });
        const sample = await recent(limits.recentWindow);
        if (Number(sample[0]?.found ?? 0) >= limits.denseMatches)
          return answer(sample, "recent", Number.POSITIVE_INFINITY);
        // The words are common among the newest articles but the phrase is not: looking them up through
        // the index would read most of the table, so walk further back instead, checking the phrase.
        if (words !== null && Number(sample[0]?.considered ?? 0) >= limits.denseShare * limits.recentWindow) {
          return answer(await recent(limits.phraseWalk), "recent", Number.POSITIVE_INFINITY);
        }
        await plannerSettings(tx, { bitmap: true });
        return undefined;
      };
      // Common by the statistics, or a phrase (whose words the index finds but whose order it cannot check):
      // the newest articles first.
      if (share >= limits.denseShare || words !== null) {
        const answer = await sampled();
        if (answer) return answer;
      }
      // Through the index, at most fewMatches of them, ranked in the same statement; the page is kept only
      // when they were all the matches. Counting them ranks them as it goes, so at the cap fewMatches articles were
      // ranked for nothing (half of such a search): skipped when the statistics measured every word (a word they
      // do not know gets a flat guess) and say at least manyMatches match (words that go together only raise it).
      const many = rated?.measured === true && share * inScope >= limits.manyMatches;
      const few = many
        ? []
        : await page(
            sql`select a.id, a.published_at, ts_rank(a.search, ${query}) as rank, ${phrase} as kept
          from articles a where ${matching} limit ${limits.fewMatches}`,
            { cap: limits.fewMatches, planKeptOn: keptPlans ? db : undefined },
          );
      // Not counted when skipped: an estimate is no lower bound for the total shown.
      const matches = many ? 0 : Number(few[0]?.considered ?? 0);
      if (!many && matches === 0) return toSearchPage([], filter, "none", 0);
      if (!many && matches < limits.fewMatches) return answer(few, "all", matches);
      // Several words: the statistics multiply the words' shares, far below the truth for words that go
      // together ("finance director": 1% estimated, 20% found), so the newest articles may hold enough.
      if (nodes > 1 && share < limits.denseShare && words === null) {
        const answer = await sampled();
        if (answer) return answer;
      }
      const candidates = words === null ? limits.candidates : limits.phraseCandidates;
      const newest = await newestPage(db, tx, {
        scope,
        matching,
        phrase,
        query,
        filter,
        candidates,
        share,
        matches,
        inScope,
      });
      return answer(newest, "newest", matches);
    });
  } catch (error) {
    if (isSearchTextError(error)) {
      console.warn("[search] text the parser refused, answered as no match:", JSON.stringify(text), error);
      return toSearchPage([], filter, "none", 0);
    }
    if (!isQueryCanceled(error)) throw error;
    return {
      items: [],
      page: filter.page,
      hasNext: false,
      tooBroad: true,
      total: 0,
      totalIsLowerBound: true,
    };
  }
}

/** The planner's share of the scope that `matching` selects, asked for this query (see search-shared.ts). */
async function plannerShare(tx: Tx, scope: SQL, matching: SQL): Promise<number> {
  const [inScope, matches] = await estimateRows(tx, [scope, matching]);
  return (matches ?? 0) / Math.max(1, inScope ?? 0);
}

interface NewestInput {
  scope: SQL;
  matching: SQL;
  /** The phrase check on the candidates (`true` without a phrase). */
  phrase: SQL;
  query: SQL;
  filter: SearchFilter;
  /** How many of the newest matches to rank. */
  candidates: number;
  /** The estimated share of the scope that matches, and the matches counted (0 when not counted). */
  share: number;
  matches: number;
  /** The estimated number of articles in scope. */
  inScope: number;
}

// The newest matches, ranked: through the GIN index ANDed with a published_at window when one fits.
async function newestPage(
  db: Database,
  tx: Tx,
  { scope, matching, phrase, query, filter, candidates, share, matches, inScope }: NewestInput,
) {
  const page = (since: SQL) =>
    fetchRankedPage(
      tx,
      // The phrase check is a column rather than a condition: as a condition, the planner would run it
      // through the GIN index over every article holding the words, not over the candidates.
      sql`select c.id, c.published_at, ts_rank(a.search, ${query}) as rank, ${phrase} as kept
        from (select a.id, a.published_at from articles a where ${matching} ${since}
              order by ${NEWEST} limit ${candidates}) c
        join articles a on a.id = c.id`,
      filter,
    );
  // Enough of the newest articles to hold about twice the candidates, at the estimated share, rounded up to a power
  // of two so that searches share the window's cutoff (kept: search-shared.ts); not worth it past a quarter of the
  // scope (finding the cutoff walks that many index entries).
  const window = 2 ** Math.ceil(Math.log2((2 * candidates) / Math.max(share, matches / inScope)));
  if (window < inScope / 4) {
    const cutoff = await keptCutoff(db, scope, window, async () => {
      await plannerSettings(tx, { bitmap: false });
      const at = (
        await executePrepared<{ at: string | Date }>(
          tx,
          sql`select a.published_at as at from articles a where ${scope} order by ${NEWEST} offset ${window} limit 1`,
        )
      )[0]?.at;
      await plannerSettings(tx, { bitmap: true });
      return at === undefined ? undefined : new Date(at).toISOString();
    });
    if (cutoff !== undefined) {
      const windowed = await page(sql`and a.published_at >= ${cutoff}::timestamptz`);
      // Judged on the candidates before any phrase check: the question is whether the window held enough.
      if (Number(windowed[0]?.considered ?? 0) >= candidates / 2) return windowed;
    }
  }
  return page(sql``);
}

// `counted` is what the plan knows of the total: the exact number of matches when it counted them all
// (below fewMatches: the phrase, if any, then decides which of them count), the cap when it stopped
// counting, Infinity when it only sampled the newest articles (then the kept candidates are a lower bound).
function toSearchPage(rows: HitRow[], filter: SearchFilter, plan: SearchPlan, counted: number): SearchPage {
  const hits = rows
    .filter((row): row is HitRow & ArticleCardRow => row.id !== null && row.id !== undefined)
    .map((row) => ({
      ...toArticleCard(row),
      rank: Number(row.rank),
      headlineMarked: row.headline_marked ?? row.headline,
      standfirstMarked: row.standfirst_marked ?? row.standfirst,
    }));
  const found = Number(rows[0]?.found ?? 0);
  const exact = plan === "none" || plan === "all";
  return {
    ...toPage(hits, filter.page, filter.pageSize),
    tooBroad: false,
    plan,
    total: exact ? found : Math.max(found, Number.isFinite(counted) ? counted : 0),
    totalIsLowerBound: !exact,
  };
}

/** PostgreSQL's query_canceled (statement_timeout), however the driver wraps it. */
export function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e === "object" && "code" in e && (e as { code?: unknown }).code === "57014") return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}
