import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf } from "../open";
import {
  articleCardFromSql,
  articleCardSql,
  LISTED_SQL,
  toArticleCard,
  type ArticleCard,
  type ArticleCardRow,
} from "./article-fields";

// The candidates of a reader's For You list, in one statement: the newest stories of each title, topic and author
// they follow, of the topics they have read most since their last reset, and the most read of the newest stories;
// minus what they muted or already read. Each candidate says which of those sources brought it (`via`); the
// ranking and its explanations are lib/personal/for-you.ts's.

export type CandidateSource = "publisher" | "topic" | "author" | "history" | "popular";

export interface ForYouCandidate extends ArticleCard {
  popularity: number;
  /** Every source that brought the story, with the followed (or read) title, topic or author's id. */
  via: { source: CandidateSource; targetId: number | null }[];
}

export interface CandidateOptions {
  userId: string;
  /** Newest stories taken from each source. */
  perSource: number;
}

/** How far back "what the reader has read lately" looks, and how many of their topics it takes. */
const HISTORY_READS = 100;
const HISTORY_TOPICS = 3;
/** "Widely read" looks at this many newest stories, like top stories (lib/db/queries/articles.ts). */
const POPULAR_WINDOW = 400;
/** An author's stories are found among their title's newest this many (a bounded index walk, see below). */
const AUTHOR_WINDOW = 400;

// Each lateral walks one partial index (articles_publisher_published_idx / articles_topic_published_idx)
// newest first, so the cost grows with the number of follows, not with the size of the archive. An author has
// no such index (article_authors holds no dates): their stories are taken from their title's newest.
export async function listForYouCandidates(options: CandidateOptions): Promise<ForYouCandidate[]> {
  const { userId, perSource } = options;
  const newest = sql.raw(`order by a.published_at desc nulls last, a.id desc nulls last`);
  // The newest `perSource` published stories matching `where`, through its partial index.
  const latest = (where: SQL) =>
    sql`select a.id from articles a where ${where} and a.status = 'published' ${newest} limit ${perSource}`;
  const db = await getDb();
  const result = await db.execute(sql`
    with f as (
      select kind::text as kind, target_id, muted from reader_follows where user_id = ${userId}
    ),
    hist as (
      select a.topic_id, count(*) as n
      from (
        select article_id from reads
        where user_id = ${userId} and read_at >= coalesce(
          (select personalised_since from reader_profiles where user_id = ${userId}), '-infinity')
        order by read_at desc limit ${HISTORY_READS}
      ) r
      join articles a on a.id = r.article_id
      where a.topic_id not in (select target_id from f where kind = 'topic')
      group by a.topic_id
      order by n desc, a.topic_id
      limit ${HISTORY_TOPICS}
    ),
    cand as (
      select x.id, 'publisher' as source, f.target_id
      from f cross join lateral (${latest(sql.raw("a.publisher_id = f.target_id"))}) x
      where f.kind = 'publisher' and not f.muted
      union all
      select x.id, 'topic', f.target_id
      from f cross join lateral (${latest(sql.raw("a.topic_id = f.target_id"))}) x
      where f.kind = 'topic' and not f.muted
      union all
      select x.id, 'author', f.target_id
      from f join authors au on au.id = f.target_id
      cross join lateral (
        select w.id from (
          select a.id from articles a
          where a.publisher_id = au.publisher_id and a.status = 'published' ${newest} limit ${AUTHOR_WINDOW}
        ) w
        where exists (select 1 from article_authors aa where aa.article_id = w.id and aa.author_id = f.target_id)
        limit ${perSource}
      ) x
      where f.kind = 'author' and not f.muted
      union all
      select x.id, 'history', h.topic_id
      from hist h cross join lateral (${latest(sql.raw("a.topic_id = h.topic_id"))}) x
    ),
    popular as (
      select id from (
        select a.id, a.popularity from articles a
        where a.status = 'published' ${newest} limit ${POPULAR_WINDOW}
      ) recent
      order by popularity desc, id desc
      limit ${perSource}
    ),
    grouped as (
      select id, json_agg(json_build_object('source', source, 'targetId', target_id)) as via
      from (
        select id, source, target_id from cand
        union all
        select id, 'popular', null from popular
      ) c
      group by id
    )
    select ${articleCardSql}, a.popularity, g.via
    from grouped g
    join ${articleCardFromSql} on a.id = g.id
    where ${LISTED_SQL}
      and not exists (select 1 from f where f.muted and (
        (f.kind = 'publisher' and f.target_id = a.publisher_id) or (f.kind = 'topic' and f.target_id = a.topic_id)))
      and not exists (
        select 1 from article_authors aa join f on f.kind = 'author' and f.muted and f.target_id = aa.author_id
        where aa.article_id = a.id)
      and not exists (select 1 from reads r where r.user_id = ${userId} and r.article_id = a.id)`);
  return rowsOf<ArticleCardRow & { popularity: number; via: string | ForYouCandidate["via"] }>(result).map(
    (row) => ({
      ...toArticleCard(row),
      popularity: Number(row.popularity),
      via: typeof row.via === "string" ? (JSON.parse(row.via) as ForYouCandidate["via"]) : row.via,
    }),
  );
}
