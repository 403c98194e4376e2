import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { at, selectRows, type Granularity } from "./figures-sql";
import { rolledUntilSql } from "./reading-rollup";

// Reading figures' SQL: whole days from the narrow daily roll-ups before the roll-up's mark (reading_daily_topics
// for the steps and topics, reading_daily_titles for the titles: schema-rollups.ts), the reads since then live.

/** Readers' reading, bots left out. */
const READERS = sql`('member', 'non_member')`;

// The live part joins the story only for its topic: a read carries its title.
const BY = {
  topic: {
    table: sql`reading_daily_topics`,
    rolledKey: sql`topic_id`,
    live: sql`select r.read_at, a.topic_id as key, r.audience, r.seconds
      from reads r join articles a on a.id = r.article_id`,
  },
  title: {
    table: sql`reading_daily_titles`,
    rolledKey: sql`publisher_id`,
    live: sql`select r.read_at, r.publisher_id as key, r.audience, r.seconds from reads r`,
  },
};

/** Readers' rows (day, key: the topic or title id, audience, reads, seconds) of [from, to), whichever table holds them. */
function dailyReading(by: keyof typeof BY, from: Date, to: Date): SQL {
  const { table, rolledKey, live } = BY[by];
  const mark = sql`coalesce(${rolledUntilSql}, '-infinity'::date)`;
  return sql`(
    select day, ${rolledKey} as key, audience, reads, seconds from ${table}
    where day >= (${at(from)} at time zone 'UTC')::date and day < ${mark}
      and day < (${at(to)} at time zone 'UTC')::date and audience in ${READERS}
    union all
    select (l.read_at at time zone 'UTC')::date, l.key, l.audience, 1, l.seconds from (${live}) l
    where l.read_at >= greatest(${at(from)}, ${mark}::timestamp at time zone 'UTC') and l.read_at < ${at(to)}
      and l.audience in ${READERS}
  )`;
}

export interface ReadingBucketRow {
  bucket: string;
  reads: number;
  seconds: number;
  memberSeconds: number;
}

export function sumReadingByBucket(
  from: Date,
  to: Date,
  granularity: Granularity,
): Promise<ReadingBucketRow[]> {
  return selectRows(sql`
    select to_char(date_trunc(${granularity}, d.day::timestamp), 'YYYY-MM-DD') as bucket,
      sum(d.reads)::int as reads, sum(d.seconds)::float8 as seconds,
      (coalesce(sum(d.seconds) filter (where d.audience = 'member'), 0))::float8 as "memberSeconds"
    from ${dailyReading("topic", from, to)} d group by 1`);
}

export interface ReadingShareRow {
  id: number;
  name: string;
  slug: string;
  reads: number;
  seconds: number;
}

export function sumReadingByTopic(from: Date, to: Date): Promise<ReadingShareRow[]> {
  return selectRows(sql`
    select t.id, t.name, t.slug, sum(d.reads)::int as reads, sum(d.seconds)::float8 as seconds
    from ${dailyReading("topic", from, to)} d join topics t on t.id = d.key
    group by t.id order by seconds desc, t.name`);
}

export function sumReadingByTitle(from: Date, to: Date): Promise<ReadingShareRow[]> {
  return selectRows(sql`
    select p.id, p.name, p.slug, sum(d.reads)::int as reads, sum(d.seconds)::float8 as seconds
    from ${dailyReading("title", from, to)} d join publishers p on p.id = d.key
    group by p.id order by seconds desc, p.name`);
}
