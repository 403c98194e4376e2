import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { publishers } from "../schema";

export interface PublisherSummary {
  slug: string;
  name: string;
  country: string;
  description: string;
  logoUrl: string | null;
}

export interface PublisherDetail extends PublisherSummary {
  id: number;
  language: string;
  websiteUrl: string | null;
}

const summaryFields = {
  slug: publishers.slug,
  name: publishers.name,
  country: publishers.country,
  description: publishers.description,
  logoUrl: publishers.logoUrl,
};

/** Active titles A–Z, optionally in one country (ISO alpha-2, upper case). */
export async function listActivePublishers(country?: string): Promise<PublisherSummary[]> {
  const db = await getDb();
  return db
    .select(summaryFields)
    .from(publishers)
    .where(and(eq(publishers.active, true), country ? eq(publishers.country, country) : undefined))
    .orderBy(asc(sql`lower(${publishers.name})`), asc(publishers.slug));
}

/** Countries that have at least one active title, with how many. */
export async function listPublisherCountries(): Promise<{ country: string; titles: number }[]> {
  const db = await getDb();
  return db
    .select({ country: publishers.country, titles: count() })
    .from(publishers)
    .where(eq(publishers.active, true))
    .groupBy(publishers.country)
    .orderBy(asc(publishers.country));
}

export async function countActivePublishers(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(publishers).where(eq(publishers.active, true));
  return row?.n ?? 0;
}

/** An active title by slug, or undefined (inactive titles are not browsable). */
export async function getPublisherBySlug(slug: string): Promise<PublisherDetail | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({
      ...summaryFields,
      id: publishers.id,
      language: publishers.language,
      websiteUrl: publishers.websiteUrl,
    })
    .from(publishers)
    .where(and(eq(publishers.slug, slug), eq(publishers.active, true)))
    .limit(1);
  return row;
}
