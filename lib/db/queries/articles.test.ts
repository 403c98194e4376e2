import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import {
  createArticle,
  createAuthor,
  createPublisher,
  createTopic,
  hoursAgo,
} from "@/lib/testing/factories/content";
import {
  getArticleBody,
  getArticleBySlug,
  listLatestArticles,
  listRecentArticleSlugs,
  listRelatedArticles,
  listTopStories,
  listTopicRails,
} from "./articles";

setUpTestDatabase();

describe("article page queries", () => {
  it("reads the teaser without the body, with authors in byline order", async () => {
    const publisher = await createPublisher({ name: "Byline Bugle" });
    const second = await createAuthor({ name: "Zoe Second" });
    const first = await createAuthor({ name: "Yan First" });
    const article = await createArticle({
      slug: "teaser-only",
      publisherId: publisher.id,
      bodyHtml: "<p>secret members-only paragraph</p>",
      authorIds: [first.id, second.id],
    });
    const detail = await getArticleBySlug("teaser-only");
    expect(detail).toMatchObject({
      id: article.id,
      publisherName: "Byline Bugle",
      teaserHtml: article.teaserHtml,
    });
    expect(detail?.authors.map((a) => a.name)).toEqual(["Yan First", "Zoe Second"]);
    expect(JSON.stringify(detail)).not.toContain("secret members-only");
    expect(await getArticleBody(article.id)).toBe("<p>secret members-only paragraph</p>");
  });

  it("hides drafts, withdrawn and unknown slugs", async () => {
    const draft = await createArticle({ slug: "a-draft", status: "draft" });
    await createArticle({ slug: "withdrawn-one", status: "withdrawn" });
    expect(await getArticleBySlug("a-draft")).toBeUndefined();
    expect(await getArticleBySlug("withdrawn-one")).toBeUndefined();
    expect(await getArticleBySlug("missing")).toBeUndefined();
    expect(await getArticleBody(draft.id)).toBeUndefined();
  });
});

describe("lists", () => {
  it("pages the latest of one title with a has-next flag and an empty page past the end", async () => {
    const publisher = await createPublisher();
    for (let i = 0; i < 5; i += 1)
      await createArticle({ publisherId: publisher.id, publishedAt: hoursAgo(i) });
    await createArticle({ publisherId: publisher.id, status: "draft" });
    const one = await listLatestArticles({ publisherId: publisher.id, page: 1, pageSize: 2 });
    const three = await listLatestArticles({ publisherId: publisher.id, page: 3, pageSize: 2 });
    const beyond = await listLatestArticles({ publisherId: publisher.id, page: 40, pageSize: 2 });
    expect(one.items).toHaveLength(2);
    expect(one.hasNext).toBe(true);
    expect(one.items[0]!.publishedAt.getTime()).toBeGreaterThan(one.items[1]!.publishedAt.getTime());
    expect(three).toMatchObject({ page: 3, hasNext: false });
    expect(three.items).toHaveLength(1);
    expect(beyond).toEqual({ items: [], page: 40, hasNext: false });
  });

  it("filters by topic", async () => {
    const topic = await createTopic();
    await createArticle({ topicId: topic.id, headline: "In the topic" });
    await createArticle({ headline: "Elsewhere" });
    const page = await listLatestArticles({ topicId: topic.id, page: 1, pageSize: 10 });
    expect(page.items.map((a) => a.headline)).toEqual(["In the topic"]);
  });

  it("ranks top stories by popularity among recent stories", async () => {
    await createArticle({ headline: "Quiet", popularity: 1, publishedAt: hoursAgo(1) });
    await createArticle({ headline: "Loud", popularity: 900, publishedAt: hoursAgo(5) });
    await createArticle({ headline: "Unpublished loud", popularity: 5000, status: "draft" });
    const top = await listTopStories(2);
    expect(top.map((a) => a.headline)).toEqual(["Loud", "Quiet"]);
    expect(typeof top[0]!.id).toBe("number");
    expect(top[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it("relates the same topic, other titles first, never the article itself", async () => {
    const topic = await createTopic();
    const home = await createPublisher();
    const other = await createPublisher();
    const article = await createArticle({
      topicId: topic.id,
      publisherId: home.id,
      publishedAt: hoursAgo(3),
    });
    const sameTitle = await createArticle({
      topicId: topic.id,
      publisherId: home.id,
      publishedAt: hoursAgo(1),
    });
    const otherTitle = await createArticle({
      topicId: topic.id,
      publisherId: other.id,
      publishedAt: hoursAgo(2),
    });
    await createArticle({ publisherId: other.id }); // another topic
    const related = await listRelatedArticles(article, 5);
    expect(related.map((a) => a.id)).toEqual([otherTitle.id, sameTitle.id]);
    expect(await listRelatedArticles(article, 1)).toHaveLength(1);
  });

  it("builds one rail per topic in position order with the newest few each", async () => {
    const later = await createTopic({ slug: "rail-later", name: "Later", position: 90 });
    const earlier = await createTopic({ slug: "rail-earlier", name: "Earlier", position: 80 });
    for (let i = 0; i < 4; i += 1) await createArticle({ topicId: earlier.id, publishedAt: hoursAgo(i) });
    await createArticle({ topicId: later.id });
    const rails = (await listTopicRails(3)).filter((r) => r.topicSlug.startsWith("rail-"));
    expect(rails.map((r) => [r.topicSlug, r.articles.length])).toEqual([
      ["rail-earlier", 3],
      ["rail-later", 1],
    ]);
    const times = rails[0]!.articles.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("lists recent slugs for the sitemap without drafts", async () => {
    await createArticle({ slug: "sitemap-draft", status: "draft" });
    const fresh = await createArticle({ slug: "sitemap-fresh", publishedAt: new Date(Date.now() + 60_000) });
    const slugs = await listRecentArticleSlugs(1000);
    expect(slugs[0]!.slug).toBe(fresh.slug);
    expect(slugs.map((s) => s.slug)).not.toContain("sitemap-draft");
  });
});
