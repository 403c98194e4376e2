import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, topics } from "../../lib/db/schema";
import { setUpTestDatabase } from "../../lib/testing/test-db";
import { DEFAULT_ARTICLES, DEFAULT_SEED } from "./constants";
import { seedContent } from "./index";
import { topicPacks } from "./text/packs";
import type { Story } from "./text/topic-pack";

// The rules a whole default seed keeps, checked on what it wrote to the database: every article tells one
// story (headline, standfirst, lead and caption come from the same one), no headline repeats within a week,
// none starts in lower case, and words that cannot belong together never meet in one article.

const getDb = setUpTestDatabase();
const WEEK_MS = 7 * 86_400_000;

/** Words that never belong in one story, whatever the templates say. */
const CONFLICTS: [RegExp, RegExp][] = [
  [/earthquake/i, /shelling|ceasefire|border clashes/i],
  [/\bsign(s|ed|ing)\b/i, /equaliser|penalty/i],
  [/wildfire|drought|heatwave/i, /flood/i],
  [/relegated/i, /clinch title|reach cup final/i],
];

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // A template's first character may be capitalised after filling.
  return new RegExp(`^${parts.join(".+?")}$`, "su");
}

const unescape = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function storyMatches(
  story: Story,
  row: { headline: string; standfirst: string; lead: string; caption: string },
) {
  const first = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return (
    templatePattern(first(story.headline)).test(row.headline) &&
    templatePattern(story.standfirst).test(row.standfirst) &&
    templatePattern(first(story.lead)).test(row.lead) &&
    templatePattern(first(story.caption)).test(row.caption)
  );
}

describe("the sample stories over a whole seed", () => {
  it(
    "tell one story each, never repeat a headline within a week, and start headlines in capitals",
    { timeout: 180_000 },
    async () => {
      const db = getDb();
      await seedContent(db, { articles: DEFAULT_ARTICLES, seed: DEFAULT_SEED, now: Date.UTC(2026, 11, 1) });
      const topicSlugs = new Map(
        (await db.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.id, t.slug]),
      );
      const rows = await db
        .select({
          headline: articles.headline,
          standfirst: articles.standfirst,
          body: articles.bodyHtml,
          caption: articles.heroImageCaption,
          topicId: articles.topicId,
          publishedAt: articles.publishedAt,
        })
        .from(articles)
        .orderBy(asc(articles.publishedAt));
      expect(rows.length).toBe(DEFAULT_ARTICLES);

      const incoherent: string[] = [];
      const conflicting: string[] = [];
      const lowerCase: string[] = [];
      const seen = new Map<string, number>();
      const repeated: string[] = [];
      for (const row of rows) {
        const lead = unescape(/<p>(.*?)<\/p>/s.exec(row.body)?.[1] ?? "");
        const pack = topicPacks[topicSlugs.get(row.topicId) ?? ""];
        const text = { headline: row.headline, standfirst: row.standfirst, lead, caption: row.caption ?? "" };
        if (!pack?.stories.some((story) => storyMatches(story, text))) incoherent.push(row.headline);
        const whole = `${row.headline} ${row.standfirst} ${unescape(row.body)} ${row.caption}`;
        for (const [a, b] of CONFLICTS)
          if (a.test(whole) && b.test(whole)) conflicting.push(`${row.headline} (${a} + ${b})`);
        if (/^\p{Ll}/u.test(row.headline)) lowerCase.push(row.headline);
        const at = row.publishedAt.getTime();
        const last = seen.get(row.headline);
        if (last !== undefined && at - last < WEEK_MS) repeated.push(row.headline);
        seen.set(row.headline, at);
        // A win is a win: "beat … 1-1" cannot happen.
        const beat = / beat .* (\d+)-(\d+) /.exec(row.headline);
        if (beat) expect(Number(beat[1]), row.headline).toBeGreaterThan(Number(beat[2]));
      }
      expect(incoherent, "articles whose parts come from different stories").toEqual([]);
      expect(conflicting, "articles mixing words that do not belong together").toEqual([]);
      expect(lowerCase, "headlines starting in lower case").toEqual([]);
      expect(repeated, "headlines repeated within a week").toEqual([]);
    },
  );
});
