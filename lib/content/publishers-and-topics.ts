import "server-only";
import {
  countActivePublishers,
  getPublisherBySlug,
  listActivePublishers,
  listPublisherCountries,
} from "@/lib/db/queries/publishers";
import { getTopicBySlug, listTopics } from "@/lib/db/queries/topics";
import { cached } from "./cache";

export type { PublisherDetail, PublisherSummary } from "@/lib/db/queries/publishers";
export type { TopicSummary } from "@/lib/db/queries/topics";

export const getTopics = () => cached("topics", listTopics);
export const getTopic = (slug: string) => cached(`topic:${slug}`, () => getTopicBySlug(slug));
export const getPublishers = (country?: string) =>
  cached(`publishers:${country ?? ""}`, () => listActivePublishers(country));
export const getPublisherCountries = () => cached("publisher-countries", listPublisherCountries);
export const getPublisherCount = () => cached("publisher-count", countActivePublishers);
export const getPublisher = (slug: string) => cached(`publisher:${slug}`, () => getPublisherBySlug(slug));
