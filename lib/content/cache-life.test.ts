import { describe, expect, it } from "vitest";
import { listTags, MAX_TAGS_PER_ENTRY } from "./cache-life";

// A rail's cache entry must stay under Next's tag cap (beyond it Next drops tags with a warning, and a purge by a
// dropped tag would miss the entry) while still being purged by every change that can alter a card.
describe("listTags", () => {
  it("names the lists tag and each title once", () => {
    const tags = listTags([{ publisherSlug: "a" }, { publisherSlug: "b" }, { publisherSlug: "a" }]);
    expect(tags).toEqual(["article-lists", "publisher:a", "publisher:b"]);
  });

  it("stays within Next's cap for a list of many titles", () => {
    const cards = Array.from({ length: 300 }, (_, i) => ({ publisherSlug: `t${i}` }));
    const tags = listTags(cards);
    expect(tags.length).toBeLessThanOrEqual(MAX_TAGS_PER_ENTRY);
    expect(tags).toContain("article-lists");
  });
});
