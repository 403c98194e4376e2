import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle, hoursAgo } from "@/lib/testing/factories/content";
import { SEARCH_LIMITS, searchArticles, type SearchLimits } from "./search";

setUpTestDatabase();

// Characters websearch_to_tsquery and tsquery give meaning to, plus words, quotes and spaces: strings
// built from these reach every branch of the parser (negation, phrases, "or", prefixes, weights).
const hostile = fc.string({
  unit: fc.constantFrom(..."-!&|():*<>\"'\\ \t", "or", "and", "tram", "the", "a-b", "<->", "<2>", "é", "🚀"),
  maxLength: 120,
});

// Every plan is reached: the defaults (few matches: "all" or "none") and limits that sample ("recent").
const sampling: SearchLimits = { ...SEARCH_LIMITS, denseShare: 0, recentWindow: 3, denseMatches: 1 };

describe("searchArticles on hostile text", () => {
  it("answers every string with a page, never an error", async () => {
    for (const hours of [1, 2, 3])
      await createArticle({ headline: `Tram works ${hours}`, publishedAt: hoursAgo(hours) });
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (q, sample) => {
        const page = await searchArticles({ q, page: 1, pageSize: 5 }, sample ? sampling : SEARCH_LIMITS);
        expect(Array.isArray(page.items)).toBe(true);
        expect(page.total).toBeGreaterThanOrEqual(page.items.length);
      }),
      { numRuns: 60 },
    );
    // 120 searches on a fresh database (some reach the statement cut-off): room for a busy CI machine, not a timing goal.
  }, 180_000);

  it.each([
    "-".repeat(33),
    "- ".repeat(40),
    "-".repeat(200),
    `${"(".repeat(100)}tram`,
    `"${"-".repeat(50)}"`,
  ])("answers %s without an error", async (q) => {
    await expect(searchArticles({ q, page: 1, pageSize: 5 })).resolves.toMatchObject({ tooBroad: false });
  });
});
