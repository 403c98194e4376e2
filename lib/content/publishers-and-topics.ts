import "server-only";
import {
  countActivePublishers,
  getPublisherBySlug,
  listActivePublishers,
  listPublisherCountries,
} from "@/lib/db/queries/publishers";
import { getTopicBySlug, listTopics } from "@/lib/db/queries/topics";
import { cacheContent } from "./cache-life";
import { contentTags } from "./purge";

export type { PublisherDetail, PublisherSummary } from "@/lib/db/queries/publishers";
export type { TopicSummary } from "@/lib/db/queries/topics";

// Titles and topics, cached like articles (see articles.ts) under the tags purgeContent names.

export async function getTopics() {
  "use cache";
  cacheContent(contentTags.topics);
  return listTopics();
}

export async function getTopic(slug: string) {
  "use cache";
  cacheContent(contentTags.topics);
  return getTopicBySlug(slug);
}

export async function getPublishers(country?: string) {
  "use cache";
  cacheContent(contentTags.publishers);
  return listActivePublishers(country);
}

export async function getPublisherCountries() {
  "use cache";
  cacheContent(contentTags.publishers);
  return listPublisherCountries();
}

export async function getPublisherCount() {
  "use cache";
  cacheContent(contentTags.publishers);
  return countActivePublishers();
}

export async function getPublisher(slug: string) {
  "use cache";
  // A new title purges `publishers`; a changed one purges its own tag.
  cacheContent(contentTags.publishers, contentTags.publisher(slug));
  return getPublisherBySlug(slug);
}
