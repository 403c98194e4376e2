import { count, desc, eq, gte } from "drizzle-orm";
import type { Database } from "../../lib/db/open";
import { articleAuthors, articles, editorsPicks, publishers, reads } from "../../lib/db/schema";
import { settings } from "../../lib/config/settings";
import { ensureCatalogue } from "./catalogue-insert";
import { DEFAULT_ARTICLES, DEFAULT_SEED } from "./constants";
import { generateArticle, type CatalogueRefs, type GeneratedArticle } from "./generate";
import { createRng } from "./prng";

// Sample content: fictional titles, topics, authors and articles over the last 30 days,
// editors' picks, some reads, and (embedded database only) demo accounts.

export { DEFAULT_ARTICLES, DEFAULT_SEED };

const BATCH = 500;
const PICKS = 12;
const WEEK_MS = 7 * 86_400_000;
/** Draws per article before a repeated headline is let through (only very large fills run out of stories). */
const MAX_DRAWS = 25;
/** Past this many articles a run stops remembering headlines (memory); benchmark fills may repeat some. */
const LEDGER_LIMIT = 200_000;

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
export async function seedIfEmpty(
  db: Database,
  onProgress?: (inserted: number, total: number) => void,
): Promise<boolean> {
  const [any] = await db.select({ id: publishers.id }).from(publishers).limit(1);
  if (any) return false;
  onProgress?.(0, DEFAULT_ARTICLES);
  // One transaction: a start that dies half-way leaves an empty database, which is seeded next time.
  await db.transaction(async (tx) => {
    await seedContent(tx as unknown as Database, {
      articles: DEFAULT_ARTICLES,
      demoAccounts: settings.usesEmbeddedDatabase,
      onProgress,
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
  const ledger = options.articles <= LEDGER_LIMIT ? new Map<string, number[]>() : undefined;
  for (let done = 0; done < options.articles;) {
    const size = Math.min(batchSize, options.articles - done);
    const generated = Array.from({ length: size }, (_, i) =>
      generateUnique(start + done + i, seed, refs, now, ledger),
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

/** The article for `index`, drawn again while its headline or standfirst was used within a week of it in this run. */
function generateUnique(
  index: number,
  seed: number,
  refs: CatalogueRefs,
  now: number,
  ledger: Map<string, number[]> | undefined,
): GeneratedArticle {
  for (let attempt = 0; ; attempt += 1) {
    const article = generateArticle(index, seed, refs, now, 30, attempt);
    if (!ledger) return article;
    const at = article.row.publishedAt.getTime();
    // A headline or a standfirst seen within a week would show twice in a rail or a topic's page.
    const keys = [`h:${article.row.headline}`, `s:${article.row.standfirst}`];
    const clash = keys.some((key) => ledger.get(key)?.some((t) => Math.abs(t - at) < WEEK_MS));
    if (clash && attempt + 1 < MAX_DRAWS) continue;
    for (const key of keys) ledger.set(key, [...(ledger.get(key) ?? []), at]);
    return article;
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
