import { describe, expect, it, vi } from "vitest";
import { getSharedCache } from "@/lib/cache/cache-handler.js";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle, createPublisher } from "@/lib/testing/factories/content";
import { answerSearch } from "./search-answer";
import type { SearchAnswer } from "./search-answer-shape";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "./search-marks";

// GET /api/search's answer: what the search shell draws, the same for everyone, kept per canonical search until
// a purge. Settings are read once: the cache is on (as in production) before they are.
vi.hoisted(() => {
  process.env.PAGE_CACHE_SECONDS = "30";
});

setUpTestDatabase();

async function ask(query: string): Promise<{ answer: SearchAnswer; cache: string }> {
  const { json, cache } = await answerSearch(new URLSearchParams(query));
  return { answer: JSON.parse(json) as SearchAnswer, cache };
}

describe("answerSearch", () => {
  it("answers with teasers and marked words, never a body, and finds titles by name", async () => {
    const publisher = await createPublisher({ slug: "quillhaven-gazette", name: "Quillhaven Gazette" });
    const story = await createArticle({
      publisherId: publisher.id,
      headline: "Quillhaven lighthouse keeper retires",
      standfirst: "Forty years on the rock.",
      bodyHtml: "<p>Only members read about the lamp room secretword.</p>",
    });
    const { answer, cache } = await ask("q=quillhaven");
    expect(cache).toBe("miss");
    expect(answer.blank).toBe(false);
    expect(answer.titles).toEqual([{ slug: "quillhaven-gazette", name: "Quillhaven Gazette" }]);
    expect(answer.items.map((item) => item.slug)).toEqual([story.slug]);
    const [hit] = answer.items;
    expect(hit?.headlineMarked).toBe(
      `${HIGHLIGHT_START}Quillhaven${HIGHLIGHT_STOP} lighthouse keeper retires`,
    );
    expect(hit?.publisherSlug).toBe("quillhaven-gazette");
    expect(Date.parse(hit?.publishedAt ?? "")).toBe(story.publishedAt?.getTime());
    expect(answer.total).toBe(1);
    const json = (await answerSearch(new URLSearchParams("q=quillhaven"))).json;
    expect(json).not.toContain("lamp room");
    expect(json).not.toContain("bodyHtml");
  });

  it("says how it understood the search: blank, a reversed range, values that are not ours", async () => {
    const blank = await ask("");
    expect(blank.answer).toMatchObject({ blank: true, items: [], total: 0, search: { q: "", page: 1 } });
    const reversed = await ask("q=harbour&from=2026-11-20&to=2026-11-01&page=abc&publisher=%27");
    expect(reversed.answer.rangeSwapped).toBe(true);
    expect(reversed.answer.search).toEqual({ q: "harbour", from: "2026-11-01", to: "2026-11-20", page: 1 });
    const tooDeep = await ask("q=harbour&page=100000");
    expect(tooDeep.answer.items).toEqual([]);
  });

  it("keeps one answer per search however it is spelled, until a purge", async () => {
    await createArticle({ headline: "Tidewater ferry timetable changes" });
    expect((await ask("q=tidewater&topic=")).cache).toBe("miss");
    expect((await ask("utm_source=mail&q=%20tidewater%20")).cache).toBe("hit");
    expect((await ask("q=tidewater&page=2")).cache).toBe("miss");
    const second = await createArticle({ headline: "Tidewater harbour dredged" });
    // Kept: the new story is not in it until a purge (the newsroom's publish purges).
    expect((await ask("q=tidewater")).answer.items.map((item) => item.id)).not.toContain(second.id);
    await getSharedCache().handler.updateTags([`article:${second.id}`], { expire: 0 });
    const after = await ask("q=tidewater");
    expect(after.cache).toBe("miss");
    expect(after.answer.items.map((item) => item.id)).toContain(second.id);
  });
});
