import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { executePrepared } from "../open";
import { NOT_PAUSED_SQL } from "./article-fields";
import type { FollowRow } from "./reader-follows";

// The candidates of a reader's For You list, in one statement: the newest stories of each title, topic and author
// they follow, of the topics and titles they have read most (reading_history since their last reset), and the most
// read of the newest stories; minus what they muted or have in their history. Each candidate says which of those
// sources brought it (`via`); the ranking and its explanations are lib/personal/for-you.ts's. A candidate is what
// ranking needs and no more (id, date, popularity, title, topic): at 1,000,000 articles on PGlite, returning and
// parsing ~200 whole cards was half of the statement's time, and the list shows 4 or 30 of them, whose cards are
// read after ranking (listListedCardsByIds).

/** A follow, a habit (`history`: a topic or title the reader reads often), or "widely read". */
export type CandidateSource = "publisher" | "topic" | "author" | "history" | "popular";

export interface CandidateVia {
  source: CandidateSource;
  /** What the followed or often read target is (a habit is a topic or a title); null for "popular". */
  kind: "publisher" | "topic" | "author" | null;
  /** The followed (or often read) title, topic or author's id; null for "popular". */
  targetId: number | null;
  /** For a habit: how many of the reader's recent reads were of that topic or title. */
  reads: number | null;
}

export interface ForYouCandidate {
  id: number;
  publishedAt: Date;
  popularity: number;
  publisherId: number;
  topicId: number;
  /** Every source that brought the story. */
  via: CandidateVia[];
}

export interface CandidateOptions {
  userId: string;
  /** Newest stories taken from each source, at least. */
  perSource: number;
  /** The list's length: a reader with few sources gets more from each, so that together they give about twice it. */
  fill?: number;
}

/** Habits are read from the reader's newest HISTORY_READS stories: their top topics and titles, if read this often. */
export const HISTORY_READS = 100;
export const HABIT_MIN_READS = 2;
const HABITS_PER_KIND = 3;
/** "Widely read" looks at this many newest stories, like top stories (lib/db/queries/articles.ts). */
const POPULAR_WINDOW = 400;
/** An author's stories are found among their title's newest this many (a bounded index walk, see below). */
const AUTHOR_WINDOW = 300;

/**
 * A whole number written into the statement's text rather than sent as a parameter: the statement is prepared
 * (planned once per connection, then reused) and a generic plan cannot see a LIMIT that is a parameter — it
 * assumed a tenth of the articles for "widely read" and hash-joined the authors' stories: 18–22 ms instead of 10–12
 * (EXPLAIN ANALYZE at 1,000,000 articles, load ~10).
 */
function int(n: number): SQL {
  if (!Number.isInteger(n)) throw new Error(`For You: ${n} is not a whole number`);
  return sql.raw(String(n));
}

// Plan (EXPLAIN ANALYZE at 1,000,000 articles in README "Benchmark"): each source is one LATERAL walk of a
// partial index (articles_publisher_published_idx / articles_topic_published_idx) newest first, LIMIT perSource,
// so the cost grows with the number of follows, not with the archive. An author has no such index (article_authors
// holds no dates): their stories are taken from their title's newest. The few hundred candidates are then read
// once by id, and mutes and history are anti-joins on the reader's own handful of rows.
function candidateStatement(options: CandidateOptions): { ctes: SQL; rows: SQL } {
  const { userId, perSource, fill = 0 } = options;
  // Evaluated once (an InitPlan): few sources, more from each.
  const take = sql`greatest(${int(perSource)}, ceil(${int(2 * fill)}::numeric / greatest(1, (select count(*) from src))))::int`;
  const newest = sql.raw(`order by a.published_at desc nulls last, a.id desc nulls last`);
  // The newest `perSource` published stories matching `where`, through its partial index.
  const latest = (where: SQL) =>
    sql`select a.id from articles a where ${where} and a.status = 'published' ${newest} limit ${take}`;
  const habit = (column: string, kind: "topic" | "publisher") => sql`(
      select 'history' as source, '${sql.raw(kind)}'::text as kind, ${sql.raw(column)} as target_id, count(*)::int as reads from recent
      where ${sql.raw(column)} not in (select target_id from f where kind = '${sql.raw(kind)}')
      group by ${sql.raw(column)} having count(*) >= ${int(HABIT_MIN_READS)}
      order by count(*) desc, ${sql.raw(column)} limit ${int(HABITS_PER_KIND)})`;
  const mutedAuthors = sql`array(select target_id from f where f.muted and f.kind = 'author')`;
  const ctes = sql`
    f as (
      select kind::text as kind, target_id, muted, created_at, kind as kind_order
      from reader_follows where user_id = ${userId}
    ),
    recent as (
      select a.topic_id, a.publisher_id
      from (
        select h.article_id from reading_history h
        where h.user_id = ${userId} and h.last_read_at >= coalesce(
          (select personalised_since from reader_profiles where user_id = ${userId}), '-infinity')
        order by h.last_read_at desc limit ${int(HISTORY_READS)}
      ) h
      join articles a on a.id = h.article_id
    ),
    src as (
      select kind as source, kind, target_id, null::int as reads from f where not muted
      union all ${habit("topic_id", "topic")}
      union all ${habit("publisher_id", "publisher")}
    ),
    cand as (
      select x.id, s.source, s.kind, s.target_id, s.reads
      from src s cross join lateral (${latest(sql.raw("a.publisher_id = s.target_id"))}) x
      where s.kind = 'publisher'
      union all
      select x.id, s.source, s.kind, s.target_id, s.reads
      from src s cross join lateral (${latest(sql.raw("a.topic_id = s.target_id"))}) x
      where s.kind = 'topic'
      union all
      select x.id, s.source, s.kind, s.target_id, null
      from src s join authors au on au.id = s.target_id
      cross join lateral (
        select w.id from (
          select a.id from articles a
          where a.publisher_id = au.publisher_id and a.status = 'published' ${newest} limit ${int(AUTHOR_WINDOW)}
        ) w
        where exists (select 1 from article_authors aa where aa.article_id = w.id and aa.author_id = s.target_id)
        limit ${take}
      ) x
      where s.kind = 'author'
    ),
    popular as (
      select id from (
        select a.id, a.popularity from articles a
        where a.status = 'published' ${newest} limit ${int(POPULAR_WINDOW)}
      ) recent_stories
      order by popularity desc, id desc
      limit ${int(perSource)}
    ),
    -- One row per (story, source) and no aggregate: the rows are grouped by story below (json_agg per group cost
    -- more than the rest of the statement).
    via as (
      select * from cand union all select id, 'popular', null, null, null from popular
    )`;
  const rows = sql`
    select a.id, a.published_at, a.popularity, a.publisher_id, a.topic_id, v.source, v.kind, v.target_id, v.reads,
      null::json as follows, null::boolean as topics_chosen
    from via v
    join articles a on a.id = v.id
    where a.status = 'published' and ${NOT_PAUSED_SQL}
      -- The reader's history, once, as a hashed set (not a probe per candidate).
      and v.id not in (select article_id from reading_history where user_id = ${userId})
      and a.publisher_id not in (select target_id from f where f.muted and f.kind = 'publisher')
      and a.topic_id not in (select target_id from f where f.muted and f.kind = 'topic')
      -- A scalar subquery, so it stays a primary-key probe per candidate: as an anti-join the planner would
      -- rather read every story of the muted authors. As "not <boolean>" it is guessed to keep half the rows;
      -- as "(…) is null" the guess was 0.5 %, five candidates of a few hundred, and the titles and topics were
      -- then joined by a nested loop comparing every title with every candidate.
      and not coalesce((select true from article_authors aa
           where aa.article_id = a.id and aa.author_id = any(${mutedAuthors}) limit 1), false)`;
  return { ctes, rows };
}

/** What For You needs of one reader, read in one statement: their follows and mutes, the topic choice, the candidates. */
export interface ForYouRead {
  /** As listReaderFollows gives them (oldest first, targets that no longer exist left out). */
  follows: FollowRow[];
  /** Whether the reader has chosen (or skipped) topics since sign-up or their last reset. */
  topicsChosen: boolean;
  candidates: ForYouCandidate[];
}

/**
 * For You's one round trip: the candidates statement, plus one more row (source 'reader') that carries the reader's
 * named follows (a small json array, from the same `f` CTE) and their topic choice. The candidates stay plain rows:
 * as one json_agg of their cards the statement ran ~2 ms longer at 1,000,000 articles (p50 of 60 readers) for
 * ~1 ms less parsing here. Prepared (executePrepared): planning it took 3–5 ms of every call.
 */
export async function readForYou(options: CandidateOptions): Promise<ForYouRead> {
  const { ctes, rows } = candidateStatement(options);
  const all = await executePrepared<CandidateRow | ReaderRow>(
    await getDb(),
    sql`
    with ${ctes},
    named as (
      select f.kind, f.target_id, f.muted, f.created_at, f.kind_order,
        coalesce(p.slug, t.slug, au.slug) as slug, coalesce(p.name, t.name, au.name) as name
      from f
      left join publishers p on f.kind = 'publisher' and p.id = f.target_id
      left join topics t on f.kind = 'topic' and t.id = f.target_id
      left join authors au on f.kind = 'author' and au.id = f.target_id
    )
    ${rows}
    union all
    -- The candidate's columns (5) are null on this row; then source, kind, target_id, reads.
    select null, null, null, null, null, 'reader', null, null, null,
      (select coalesce(json_agg(json_build_object('kind', kind, 'targetId', target_id, 'muted', muted,
          'createdAt', created_at, 'slug', slug, 'name', name) order by created_at, kind_order, target_id), '[]')
        from named where slug is not null and name is not null),
      exists (select 1 from reader_profiles where user_id = ${options.userId} and topics_chosen_at is not null)`,
  );
  const reader = all.find(isReaderRow);
  if (!reader) throw new Error("For You: the statement returned no reader row");
  return {
    // A json column: postgres.js and PGlite both parse it.
    follows: reader.follows.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
    topicsChosen: reader.topics_chosen,
    candidates: groupCandidates(all.filter((row): row is CandidateRow => !isReaderRow(row))),
  };
}

type JsonFollow = Omit<FollowRow, "createdAt"> & { createdAt: string };
type ReaderRow = { source: "reader"; follows: JsonFollow[]; topics_chosen: boolean };
const isReaderRow = (row: CandidateRow | ReaderRow): row is ReaderRow => row.source === "reader";

type CandidateRow = Pick<CandidateVia, "kind" | "reads"> & {
  id: number | string;
  published_at: string | Date;
  popularity: number;
  publisher_id: number;
  topic_id: number;
  source: CandidateSource;
  target_id: number | null;
};

/** One row per (story, source) in, one candidate per story out, with every source that brought it. */
function groupCandidates(rows: CandidateRow[]): ForYouCandidate[] {
  const byId = new Map<number, ForYouCandidate>();
  for (const row of rows) {
    const id = Number(row.id);
    const candidate = byId.get(id) ?? {
      id,
      publishedAt: new Date(row.published_at),
      popularity: Number(row.popularity),
      publisherId: Number(row.publisher_id),
      topicId: Number(row.topic_id),
      via: [],
    };
    candidate.via.push({ source: row.source, kind: row.kind, targetId: row.target_id, reads: row.reads });
    byId.set(id, candidate);
  }
  return [...byId.values()];
}
