import { sql, type SQL } from "drizzle-orm";
import { articleCardSql } from "../../lib/db/queries/article-fields";

// Raw-SQL mirrors of the reader queries in lib/db/queries (articles.ts, picks.ts, search.ts),
// used only for EXPLAIN. Keep them in step when those queries change.

export interface Sample {
  articles: { id: number; slug: string; topicId: number; publisherId: number }[];
  publisherIds: number[];
  topicIds: number[];
  topicSlugs: string[];
  pick: <T>(items: T[], i: number) => T;
}

const cards = sql`select ${articleCardSql} from articles a join publishers p on p.id = a.publisher_id join topics t on t.id = a.topic_id`;
const newest = sql`order by a.published_at desc, a.id desc`;

export const articleSql = {
  latest: (filter?: SQL, offset = 0) =>
    sql`${cards} where a.status = 'published' ${filter ? sql`and ${filter}` : sql``} ${newest} limit 21 offset ${offset}`,
  topStories: () => sql`select * from (select ${articleCardSql}, a.popularity from articles a
      join publishers p on p.id = a.publisher_id join topics t on t.id = a.topic_id
      where a.status = 'published' ${newest} limit 400) recent
    order by popularity desc, published_at desc, id desc limit 10`,
  rails: () => sql`select rt.slug as rail_slug, x.* from topics rt cross join lateral (
      ${cards} where a.topic_id = rt.id and a.status = 'published' ${newest} limit 4) x
    order by rt.position, rt.name, x.published_at desc, x.id desc`,
  picks: () => sql`select ${articleCardSql} from editors_picks ep join articles a on a.id = ep.article_id
      join publishers p on p.id = a.publisher_id join topics t on t.id = a.topic_id
      where a.status = 'published' order by ep.position, ep.id limit 12`,
  related: (a: { topicId: number; publisherId: number }) =>
    sql`${cards} where a.status = 'published' and a.topic_id = ${a.topicId} and a.publisher_id <> ${a.publisherId} ${newest} limit 6`,
  bySlug: (slug: string) => sql`${cards} where a.slug = ${slug} and a.status = 'published' limit 1`,
  body: (id: number) => sql`select body_html from articles where id = ${id} and status = 'published' limit 1`,
  search: (q: string, topicSlug?: string, from?: Date) => sql`select ${articleCardSql}, ts_rank(a.search, q.query) as rank
      from articles a cross join websearch_to_tsquery('english', ${q}) as q(query)
      join publishers p on p.id = a.publisher_id join topics t on t.id = a.topic_id
      where a.status = 'published' and a.search @@ q.query
        ${topicSlug ? sql`and t.slug = ${topicSlug}` : sql``}
        ${from ? sql`and a.published_at >= ${from.toISOString()}::timestamptz` : sql``}
      order by rank desc, a.published_at desc, a.id desc limit 21`,
};
