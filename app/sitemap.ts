import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getSitemapArticles } from "@/lib/content/articles";
import { getPublishers, getTopics } from "@/lib/content/publishers-and-topics";
import { settings } from "@/lib/config/settings";

// URLs only: the newest articles, every topic and title. Built per request from the live catalogue.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const url = (path: string) => new URL(path, settings.appUrl).toString();
  const [topics, publishers, articles] = await Promise.all([
    getTopics(),
    getPublishers(),
    getSitemapArticles(),
  ]);
  return [
    { url: url("/"), changeFrequency: "hourly", priority: 1 },
    { url: url("/publishers"), changeFrequency: "weekly" },
    { url: url("/about"), changeFrequency: "yearly" },
    ...topics.map((t) => ({ url: url(`/topics/${t.slug}`), changeFrequency: "hourly" as const })),
    ...publishers.map((p) => ({ url: url(`/publishers/${p.slug}`), changeFrequency: "daily" as const })),
    ...articles.map((a) => ({ url: url(`/articles/${a.slug}`), lastModified: a.updatedAt })),
  ];
}
