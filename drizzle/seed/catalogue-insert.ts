import { asc } from "drizzle-orm";
import { settings } from "../../lib/config/settings";
import type { Database } from "../../lib/db/open";
import { authors, publishers, topics } from "../../lib/db/schema";
import { buildAuthors } from "./authors";
import { buildPublishers, topicSeeds } from "./catalogue";
import type { CatalogueRefs } from "./generate";

// Titles, topics and authors: inserted once, then read back as the ids articles refer to.

export async function ensureCatalogue(
  db: Database,
  seed: number,
  perCountry?: number,
): Promise<CatalogueRefs> {
  const [any] = await db.select({ id: publishers.id }).from(publishers).limit(1);
  if (!any) {
    const publisherSeeds = buildPublishers(seed, perCountry, settings.feedWireUrl);
    await db
      .insert(topics)
      .values([...topicSeeds])
      .onConflictDoNothing();
    const inserted = await db
      .insert(publishers)
      .values(publisherSeeds)
      .returning({ id: publishers.id, slug: publishers.slug });
    const idBySlug = new Map(inserted.map((p) => [p.slug, p.id]));
    const authorRows = buildAuthors(seed, publisherSeeds).map((a) => ({
      slug: a.slug,
      name: a.name,
      bio: a.bio,
      publisherId: idBySlug.get(a.publisherSlug) ?? null,
    }));
    await db.insert(authors).values(authorRows).onConflictDoNothing();
  }
  return loadCatalogue(db);
}

export async function loadCatalogue(db: Database): Promise<CatalogueRefs> {
  const [pubs, tops, auths] = await Promise.all([
    db
      .select({
        id: publishers.id,
        slug: publishers.slug,
        country: publishers.country,
        websiteUrl: publishers.websiteUrl,
      })
      .from(publishers)
      .orderBy(asc(publishers.id)),
    db.select({ id: topics.id, slug: topics.slug }).from(topics).orderBy(asc(topics.position)),
    db.select({ id: authors.id, publisherId: authors.publisherId }).from(authors).orderBy(asc(authors.id)),
  ]);
  const authorsByPublisher = new Map<number, number[]>();
  for (const a of auths) {
    if (a.publisherId === null) continue;
    const list = authorsByPublisher.get(a.publisherId) ?? [];
    list.push(a.id);
    authorsByPublisher.set(a.publisherId, list);
  }
  return { publishers: pubs, topics: tops, authorsByPublisher };
}
