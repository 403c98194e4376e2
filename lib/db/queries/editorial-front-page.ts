import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { articles, publishers, topics } from "../schema";

// The newsroom's side of the front page (/admin/front-page): what the editor shows of hand-picked stories
// (unpublished ones too, flagged), and the check that named topics exist.

export interface LeadStory {
  id: number;
  headline: string;
  publisherName: string;
  published: boolean;
}

export async function describeLeadStories(ids: number[]): Promise<LeadStory[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      publisherName: publishers.name,
      status: articles.status,
      active: publishers.active,
    })
    .from(articles)
    .innerJoin(publishers, eq(publishers.id, articles.publisherId))
    .where(inArray(articles.id, ids));
  return rows.map(({ status, active, ...row }) => ({ ...row, published: status === "published" && active }));
}

/** Of `ids`, those of existing topics. */
export async function findTopicIds(tx: Database, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, ids));
  return new Set(rows.map((r) => r.id));
}
