import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { topics } from "../schema";

export interface TopicSummary {
  id: number;
  slug: string;
  name: string;
  description: string;
}

const fields = { id: topics.id, slug: topics.slug, name: topics.name, description: topics.description };

/** Every topic in the editors' order. */
export async function listTopics(): Promise<TopicSummary[]> {
  const db = await getDb();
  return db.select(fields).from(topics).orderBy(asc(topics.position), asc(topics.name));
}

export async function getTopicBySlug(slug: string): Promise<TopicSummary | undefined> {
  const db = await getDb();
  const [row] = await db.select(fields).from(topics).where(eq(topics.slug, slug)).limit(1);
  return row;
}
