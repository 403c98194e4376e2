import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle, createPublisher, createTopic, hoursAgo } from "@/lib/testing/factories/content";
import { SEARCH_LIMITS, searchArticles } from "./search";

setUpTestDatabase();

describe("search without words", () => {
  it("lists a title's or a topic's newest articles, with a count", async () => {
    const title = await createPublisher({ slug: "list-title" });
    const topic = await createTopic({ slug: "list-topic" });
    await createArticle({ headline: "Older", publisherId: title.id, publishedAt: hoursAgo(30) });
    await createArticle({ headline: "Newer", publisherId: title.id, publishedAt: hoursAgo(2) });
    await createArticle({ headline: "Elsewhere", topicId: topic.id, publishedAt: hoursAgo(1) });
    const listed = await searchArticles({ q: "", publisherSlug: "list-title", page: 1, pageSize: 10 });
    expect(listed).toMatchObject({ plan: "list", total: 2, totalIsLowerBound: false, hasNext: false });
    expect(listed.items.map((h) => h.headline)).toEqual(["Newer", "Older"]);
    const byTopic = await searchArticles({ q: "  ---  ", topicSlug: "list-topic", page: 1, pageSize: 10 });
    expect(byTopic.items.map((h) => h.headline)).toEqual(["Elsewhere"]);
    expect(byTopic.total).toBe(1);
  });
});

describe("search totals", () => {
  it("counts every match when the plan ranks them all", async () => {
    const title = await createPublisher({ slug: "count-title" });
    for (const hours of [1, 2, 3]) {
      await createArticle({
        headline: `Quayside market ${hours}`,
        publisherId: title.id,
        publishedAt: hoursAgo(hours),
      });
    }
    const page = await searchArticles({ q: "quayside", publisherSlug: "count-title", page: 1, pageSize: 2 });
    expect(page).toMatchObject({ plan: "all", total: 3, totalIsLowerBound: false, hasNext: true });
  });

  it("gives a lower bound when it samples the newest articles", async () => {
    const title = await createPublisher({ slug: "sample-title" });
    for (const hours of [1, 2, 3, 4]) {
      await createArticle({
        headline: `Lantern walk ${hours}`,
        publisherId: title.id,
        publishedAt: hoursAgo(hours),
      });
    }
    const limits = { ...SEARCH_LIMITS, denseShare: 0, recentWindow: 3, denseMatches: 2 };
    const page = await searchArticles(
      { q: "lantern", publisherSlug: "sample-title", page: 1, pageSize: 10 },
      limits,
    );
    expect(page).toMatchObject({ plan: "recent", total: 3, totalIsLowerBound: true });
  });
});
