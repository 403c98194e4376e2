import { sanitizeArticleHtml } from "../../lib/content/sanitize";
import { and, count, countDistinct, eq, gte, lt, max, min, sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { settings } from "../../lib/config/settings";
import { verifyPassword } from "../../lib/auth/password";
import { memberships, articles, editorsPicks, publishers, reads, topics, users } from "../../lib/db/schema";
import { setUpTestDatabase } from "../../lib/testing/test-db";
import { buildPublishers } from "./catalogue";
import { DEFAULT_SEED } from "./constants";
import { generateArticle } from "./generate";
import { heroImages } from "./images";
import { DEMO_PASSWORD } from "./accounts";
import { seedIfEmpty } from "./index";

const getDb = setUpTestDatabase();
const DAY_MS = 86_400_000;

describe("seedIfEmpty", () => {
  it(
    "fills an empty database with the catalogue and 3,000 articles over 30 days",
    { timeout: 120_000 },
    async () => {
      const db = getDb();
      const started = Date.now();
      expect(await seedIfEmpty(db)).toBe(true);
      console.log(`seedIfEmpty took ${Date.now() - started} ms`);
      const [pubs] = await db
        .select({ n: count(), countries: countDistinct(publishers.country) })
        .from(publishers);
      expect(pubs?.n).toBeGreaterThanOrEqual(120);
      expect(pubs?.countries).toBeGreaterThanOrEqual(12);
      const topicRows = await db.select({ name: topics.name }).from(topics).orderBy(topics.position);
      expect(topicRows.length).toBeGreaterThanOrEqual(12);
      expect(topicRows.slice(0, 3).map((t) => t.name)).toEqual(["World", "UK", "US"]);
      const [stats] = await db
        .select({
          n: count(),
          slugs: countDistinct(articles.slug),
          oldest: min(articles.publishedAt),
          newest: max(articles.publishedAt),
        })
        .from(articles);
      expect(stats?.n).toBeGreaterThanOrEqual(3000);
      expect(stats?.slugs).toBe(stats?.n);
      expect(Date.now() - (stats?.oldest?.getTime() ?? 0)).toBeLessThanOrEqual(30 * DAY_MS + 60_000);
      expect(Date.now() - (stats?.oldest?.getTime() ?? 0)).toBeGreaterThan(25 * DAY_MS);
      expect(Date.now() - (stats?.newest?.getTime() ?? 0)).toBeLessThan(DAY_MS);
      // Every day of the last 30 has articles.
      const [lastWeek] = await db
        .select({ n: count() })
        .from(articles)
        .where(gte(articles.publishedAt, new Date(Date.now() - 7 * DAY_MS)));
      expect(lastWeek?.n).toBeGreaterThan(400);
    },
  );

  it("stores the teaser as exactly the first two paragraphs of the body, and no lorem ipsum", async () => {
    const db = getDb();
    const rows = await db
      .select({ teaser: articles.teaserHtml, body: articles.bodyHtml, words: articles.wordCount })
      .from(articles);
    for (const row of rows) {
      const paragraphs = row.body.match(/<p>.*?<\/p>/g) ?? [];
      expect(paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(row.teaser).toBe(paragraphs.slice(0, 2).join("\n"));
      expect(row.body.startsWith(row.teaser)).toBe(true);
      expect(row.words).toBeGreaterThan(100);
    }
    // The generator writes HTML itself; it must already be within the stored-body allowlist.
    for (const row of rows.slice(0, 200)) expect(sanitizeArticleHtml(row.body)).toBe(row.body);
    const [lorem] = await db
      .select({ n: count() })
      .from(articles)
      .where(sql`${articles.bodyHtml} ilike '%lorem%' or ${articles.headline} ilike '%lorem%'`);
    expect(lorem?.n).toBe(0);
    const [unfilled] = await db
      .select({ n: count() })
      .from(articles)
      .where(sql`${articles.bodyHtml} like '%{%' or ${articles.headline} like '%{%'`);
    expect(unfilled?.n).toBe(0);
  });

  it("never links outside the site except to .example domains", async () => {
    const db = getDb();
    const [external] = await db
      .select({ n: count() })
      .from(articles)
      .where(
        sql`${articles.canonicalUrl} not like 'https://%.example/%' or ${articles.heroImageUrl} not like '/images/heroes/%'`,
      );
    expect(external?.n).toBe(0);
    const pubs = await db.select({ logo: publishers.logoUrl, site: publishers.websiteUrl }).from(publishers);
    for (const p of pubs) {
      expect(p.logo).toMatch(/^\/images\/logos\/[a-z0-9-]+\.svg$/);
      expect(p.site).toMatch(/^https:\/\/[a-z0-9-]+\.example$/);
    }
  });

  it("adds ordered editors' picks, reads and popularity", async () => {
    const db = getDb();
    const picks = await db
      .select({ position: editorsPicks.position })
      .from(editorsPicks)
      .orderBy(editorsPicks.position);
    expect(picks.length).toBe(12);
    expect(picks.map((p) => p.position)).toEqual([...Array(12).keys()]);
    const [readCount] = await db.select({ n: count() }).from(reads);
    expect(readCount?.n).toBeGreaterThan(100);
    const [popular] = await db.select({ n: count() }).from(articles).where(gte(articles.popularity, 100));
    expect(popular?.n).toBeGreaterThan(100);
  });

  it("gives a page of one topic's cards distinct headlines and standfirsts", async () => {
    const db = getDb();
    for (const topic of await db.select({ id: topics.id, slug: topics.slug }).from(topics)) {
      const page = await db
        .select({ headline: articles.headline, standfirst: articles.standfirst })
        .from(articles)
        .where(eq(articles.topicId, topic.id))
        .orderBy(sql`${articles.publishedAt} desc`)
        .limit(24);
      expect(new Set(page.map((a) => a.headline)).size, topic.slug).toBe(page.length);
      expect(new Set(page.map((a) => a.standfirst)).size, topic.slug).toBe(page.length);
    }
  });

  it("creates demo accounts only on the embedded database", async () => {
    const db = getDb();
    const demo = await db
      .select()
      .from(users)
      .where(sql`${users.email} like '%@newsstand.test'`);
    if (!settings.usesEmbeddedDatabase) {
      expect(demo).toHaveLength(0);
      return;
    }
    expect(demo.map((u) => u.email).sort()).toEqual([
      "admin@newsstand.test",
      "editor@newsstand.test",
      "member@newsstand.test",
      "reader@newsstand.test",
      "trial@newsstand.test",
    ]);
    for (const u of demo) {
      expect(u.emailVerified).not.toBeNull();
      expect(await verifyPassword(u.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    }
    expect(demo.find((u) => u.email === "editor@newsstand.test")?.role).toBe("editor");
    expect(demo.find((u) => u.email === "admin@newsstand.test")?.role).toBe("admin");
    const rows = await db
      .select({ email: users.email, m: memberships })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId));
    const byEmail = new Map(rows.map((r) => [r.email, r.m]));
    expect(byEmail.has("reader@newsstand.test")).toBe(false);
    const trial = byEmail.get("trial@newsstand.test");
    expect(trial?.status).toBe("trialing");
    expect(Math.round(((trial?.trialEnd?.getTime() ?? 0) - Date.now()) / DAY_MS)).toBe(5);
    expect(byEmail.get("member@newsstand.test")).toMatchObject({
      status: "active",
      plan: "annual",
      stripeSubscriptionId: "sub_demo_member",
    });
    expect(byEmail.get("editor@newsstand.test")).toMatchObject({ status: "active", plan: "monthly" });
  });

  it("is idempotent: a second call does nothing", async () => {
    const db = getDb();
    const [before] = await db.select({ n: count() }).from(articles);
    expect(await seedIfEmpty(db)).toBe(false);
    const [after] = await db.select({ n: count() }).from(articles);
    expect(after?.n).toBe(before?.n);
    const [recentPicks] = await db
      .select({ n: count() })
      .from(editorsPicks)
      .where(and(gte(editorsPicks.position, 0), lt(editorsPicks.position, 100)));
    expect(recentPicks?.n).toBe(12);
  });
});

describe("generator", () => {
  it("ships a logo for every title and every hero image the articles point at", () => {
    const files = [...buildPublishers(DEFAULT_SEED).map((p) => p.logoUrl), ...heroImages.map((h) => h.url)];
    expect(heroImages.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      const svg = readFileSync(path.join("public", file), "utf8");
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
  });

  it("gives the same titles and slugs for the same seed, and different ones for another", () => {
    const a = buildPublishers(42).map((p) => p.slug);
    expect(buildPublishers(42).map((p) => p.slug)).toEqual(a);
    expect(buildPublishers(43).map((p) => p.slug)).not.toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it("gives the same article slugs for the same seed and index", () => {
    const refs = {
      publishers: buildPublishers(42).map((p, i) => ({
        id: i + 1,
        slug: p.slug,
        country: p.country,
        websiteUrl: p.websiteUrl,
      })),
      topics: [
        { id: 1, slug: "world" },
        { id: 2, slug: "sport" },
      ],
      authorsByPublisher: new Map<number, number[]>(),
    };
    const slugs = (seed: number) =>
      Array.from({ length: 50 }, (_, i) => generateArticle(i, seed, refs, 0).row.slug);
    expect(slugs(42)).toEqual(slugs(42));
    expect(slugs(7)).not.toEqual(slugs(42));
  });

  it("never repeats a sentence within an article", () => {
    const refs = {
      publishers: buildPublishers(1).map((p, i) => ({
        id: i + 1,
        slug: p.slug,
        country: p.country,
        websiteUrl: p.websiteUrl,
      })),
      topics: ["world", "uk", "business", "sport", "good-news"].map((slug, i) => ({ id: i + 1, slug })),
      authorsByPublisher: new Map<number, number[]>(),
    };
    for (let i = 0; i < 300; i++) {
      const { bodyHtml } = generateArticle(i, 1, refs, 0).row;
      const sentences = bodyHtml
        .replace(/<[^>]+>/g, " ")
        .split(/(?<=[.!?"])\s+(?=[A-Z"])/)
        .map((s) => s.trim())
        .filter((s) => s.length > 30);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });
});
