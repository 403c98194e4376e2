import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./page-cache-key";

const key = (pathAndQuery: string) => pageCacheKey(new URL(pathAndQuery, "http://localhost"));

describe("page cache keys", () => {
  it("are null for pages that are never cached", () => {
    for (const path of ["/account", "/sign-in", "/api/health", "/articles/a/b", "/subscribe", "/about"])
      expect(key(path)).toBeNull();
  });

  it("keep only the parameters a page reads, parsed the way it parses them", () => {
    expect(key("/")).toBe("/");
    expect(key("/?utm_source=mail")).toBe("/");
    expect(key("/articles/a-story?ref=x")).toBe("/articles/a-story");
    expect(key("/topics/world?page=1")).toBe("/topics/world");
    expect(key("/topics/world?page=abc")).toBe("/topics/world");
    expect(key("/topics/world?page=3&x=1")).toBe("/topics/world?page=3");
    expect(key("/publishers/the-herald?page=2")).toBe("/publishers/the-herald?page=2");
    expect(key("/publishers?country=gb")).toBe("/publishers?country=GB");
    expect(key("/publishers?country=nowhere")).toBe("/publishers");
  });

  it("give every spelling of a slug one key, and the not-found page's to a slug that cannot be ours", () => {
    expect(key("/articles/a%2Dstory")).toBe("/articles/a-story");
    expect(key("/articles/%61-story")).toBe("/articles/a-story");
    expect(key("/topics/w%6Frld?page=2")).toBe("/topics/world?page=2");
    for (const path of ["/articles/%FF", "/topics/%zz", "/articles/A-Story", "/publishers/a%2Fb"])
      expect(key(path)).toBe("/_newsstand/not-found");
  });

  it("give every search the one shell, whose results the browser fetches", () => {
    expect(key("/search")).toBe("/search");
    expect(key("/search?q=harbour+ferry&topic=world&page=2")).toBe("/search");
    expect(key("/search?noscript=0&q=harbour")).toBe("/search");
  });

  it("give one key to the same search without JavaScript however it is spelled", () => {
    const canonical = key("/search?q=harbour+ferry&topic=world&page=2&noscript=1");
    expect(canonical).toBe("/search?page=2&q=harbour+ferry&topic=world&noscript=1");
    expect(key("/search?noscript=1&topic=world&page=2&q=%20harbour%20ferry%20&utm=1")).toBe(canonical);
    expect(key("/search?q=harbour+ferry&q=other&topic=world&page=2&publisher=&noscript=1")).toBe(canonical);
    // A reversed range stays reversed: that page says so.
    expect(key("/search?q=harbour&to=2026-11-01&from=2026-11-20&noscript=1")).toBe(
      "/search?from=2026-11-20&q=harbour&to=2026-11-01&noscript=1",
    );
    expect(key("/search?noscript=1&q=x".padEnd(5_000, "y"))?.length).toBeLessThan(250);
    expect(key("/search?noscript=1")).toBe("/search?noscript=1");
  });
});
