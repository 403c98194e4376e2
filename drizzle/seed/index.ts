import { count, desc, eq, gte } from "drizzle-orm";
import type { Database } from "../../lib/db/open";
import { articleAuthors, articles, editorsPicks, publishers, reads } from "../../lib/db/schema";
import { settings } from "../../lib/config/settings";
import { ensureCatalogue } from "./catalogue-insert";
import { DEFAULT_ARTICLES, DEFAULT_SEED } from "./constants";
import { generateArticle } from "./generate";
import { createRng } from "./prng";

// Sample content: fictional titles, topics, authors and articles over the last 30 days,
// editors' picks, some reads, and (embedded database only) demo accounts.

export { DEFAULT_ARTICLES, DEFAULT_SEED };

const BATCH = 500;
const PICKS = 12;

export interface SeedOptions {
  articles: number;
  /** Titles per country (15 countries); default 9, so 135 titles. */
  publishersPerCountry?: number;
  seed?: number;
  demoAccounts?: boolean;
  now?: number;
  batchSize?: number;
  onProgress?: (inserted: number, total: number) => void;
}

/** Seeds an empty database (no titles yet); does nothing otherwise. Called on first start. */
export async function seedIfEmpty(db: Database): Promise<boolean> {
  const [any] = await db.select({ id: publishers.id }).from(publishers).limit(1);
  if (any) return false;
  // One transaction: a start that dies half-way leaves an empty database, which is seeded next time.
  await db.transaction(async (tx) => {
    await seedContent(tx as unknown as Database, {
      articles: DEFAULT_ARTICLES,
      demoAccounts: settings.usesEmbeddedDatabase,
    });
  });
  return true;
}

/** Adds `articles` articles (after any already there), creating the catalogue when missing. */
export async function seedContent(db: Database, options: SeedOptions): Promise<void> {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? Date.now();
  const batchSize = options.batchSize ?? BATCH;
  const refs = await ensureCatalogue(db, seed, options.publishersPerCountry);
  const [existing] = await db.select({ n: count() }).from(articles);
  const start = existing?.n ?? 0;
  for (let done = 0; done < options.articles;) {
    const size = Math.min(batchSize, options.articles - done);
    const generated = Array.from({ length: size }, (_, i) =>
      generateArticle(start + done + i, seed, refs, now),
    );
    const ids = await db
      .insert(articles)
      .values(generated.map((g) => g.row))
      .returning({ id: articles.id });
    const links = generated.flatMap((g, i) =>
      g.authorIds.map((authorId, position) => ({ articleId: ids[i]?.id ?? 0, authorId, position })),
    );
    if (links.length > 0) await db.insert(articleAuthors).values(links);
    done += size;
    options.onProgress?.(done, options.articles);
  }
  await seedPicks(db, seed);
  await seedReads(db, seed, now);
  if (options.demoAccounts) {
    // Loaded lazily: it hashes passwords, and only the embedded database gets demo accounts.
    const { seedDemoAccounts } = await import("./accounts");
    await seedDemoAccounts(db, now);
  }
}

async function seedPicks(db: Database, seed: number): Promise<void> {
  const [any] = await db.select({ id: editorsPicks.id }).from(editorsPicks).limit(1);
  if (any) return;
  const recent = await db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(PICKS * 4);
  const rng = createRng(seed ^ 0x91c5);
  const chosen = recent.filter(() => rng.chance(0.4)).slice(0, PICKS);
  if (chosen.length === 0) return;
  await db.insert(editorsPicks).values(chosen.map((a, position) => ({ articleId: a.id, position })));
}

/** A few hundred reads on the last two days' articles, matching their popularity's order. */
async function seedReads(db: Database, seed: number, now: number): Promise<void> {
  const [any] = await db.select({ id: reads.id }).from(reads).limit(1);
  if (any) return;
  const recent = await db
    .select({
      id: articles.id,
      publisherId: articles.publisherId,
      popularity: articles.popularity,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(gte(articles.publishedAt, new Date(now - 2 * 86_400_000)))
    .orderBy(desc(articles.popularity))
    .limit(300);
  const rng = createRng(seed ^ 0x4ead5);
  const rows = recent.flatMap((a) =>
    Array.from({ length: 1 + Math.floor(a.popularity / 200) }, () => ({
      articleId: a.id,
      publisherId: a.publisherId,
      seconds: rng.int(20, 600),
      readAt: new Date(Math.min(now, a.publishedAt.getTime() + rng.int(1, 600) * 60_000)),
    })),
  );
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(reads).values(rows.slice(i, i + BATCH));
}
