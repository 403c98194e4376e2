import "server-only";
import { createHash } from "node:crypto";
import { settings } from "@/lib/config/settings";
import { contentTags, purgeContent } from "@/lib/content/purge";
import type { FeedArticle } from "@/lib/db/queries/feed-articles";
import { storeFeedArticles } from "@/lib/db/queries/feed-articles";
import {
  findFeedTarget,
  getTopicIdsBySlug,
  recordPollFailure,
  recordPollSuccess,
  type FeedTarget,
} from "@/lib/db/queries/feeds";
import { cleanItem, type CleanItem } from "./clean-item";
import { decodeFeedBody } from "./decode";
import { fetchGuarded } from "./guarded-fetch";
import { storeRemoteImage } from "./images";
import { parseFeedText } from "./parse-feed";
import { chooseTopic } from "./topic-rules";

// One poll of one title's feed: fetch (conditional), parse, clean, store, purge. A failing feed is recorded on
// its own row (backoff, then a pause, with the last error) and never throws into the caller: other feeds go on.

export interface PollReport {
  slug: string;
  status: "stored" | "not-modified" | "failed" | "paused";
  items: number;
  added: number;
  updated: number;
  error?: string;
}

export interface PollOptions {
  /** Poll even when paused (and lift the pause if it works). */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5";
const IMAGES_PER_POLL = 30;

/** Exponential backoff after `failures` failures in a row: the poll interval doubled each time, up to a day. */
export function backoffSeconds(failures: number): number {
  return Math.min(
    settings.FEEDS_MIN_POLL_SECONDS * 2 ** Math.max(0, failures - 1),
    settings.FEEDS_MAX_POLL_SECONDS,
  );
}

function nextPollSeconds(target: FeedTarget, added: number, maxAge: number | null): number {
  const { FEEDS_MIN_POLL_SECONDS: min, FEEDS_MAX_POLL_SECONDS: max } = settings;
  const state = target.state;
  const previous =
    state?.lastPolledAt && state.nextPollAt
      ? (state.nextPollAt.getTime() - state.lastPolledAt.getTime()) / 1000
      : min;
  // Adaptive: a feed that brought news is polled at the shortest interval, a quiet one less and less often.
  const adaptive = added > 0 ? min : previous * 1.5;
  return Math.round(Math.min(max, Math.max(min, adaptive, maxAge ?? 0)));
}

const slugFor = (publisherId: number, item: CleanItem) => {
  const base = item.headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 70)
    .replace(/-+$/, "");
  const hash = createHash("sha1").update(`${publisherId}:${item.key}`).digest("hex").slice(0, 8);
  return `${base || "story"}-${hash}`;
};

async function heroOf(item: CleanItem, budget: { left: number }) {
  const none = {
    heroImageUrl: null,
    heroImageWidth: null,
    heroImageHeight: null,
    heroImageCaption: "",
    heroImageAlt: "",
  };
  if (!item.imageUrl || budget.left <= 0) return none;
  budget.left--;
  try {
    const image = await storeRemoteImage(item.imageUrl);
    // The caption describes the picture, so it is the alternative text too.
    const words = { heroImageCaption: item.imageCaption, heroImageAlt: item.imageCaption };
    return { heroImageUrl: image.url, heroImageWidth: image.width, heroImageHeight: image.height, ...words };
  } catch (error) {
    console.warn("feeds: image skipped", {
      url: item.imageUrl,
      error: error instanceof Error ? error.message : error,
    });
    return none;
  }
}

let purgeWarned = false;

async function purgeFor(slug: string, updated: number[]): Promise<void> {
  try {
    await purgeContent([
      contentTags.articleLists,
      contentTags.publisher(slug),
      ...updated.map(contentTags.article),
    ]);
  } catch (error) {
    // Next's revalidateTag needs a request context; outside one (a job, the CLI) caches expire on their own.
    if (!purgeWarned) console.warn("feeds: purge skipped outside a request (said once)", String(error));
    purgeWarned = true;
  }
}

async function ingest(target: FeedTarget, options: PollOptions): Promise<PollReport> {
  const fetched = await fetchGuarded(target.feedUrl, {
    accept: ACCEPT,
    etag: target.state?.etag,
    lastModified: target.state?.lastModified,
  });
  if (fetched.kind === "not-modified") {
    await recordPollSuccess(target.publisherId, {
      nextPollSeconds: nextPollSeconds(target, 0, fetched.maxAgeSeconds),
    });
    return { slug: target.slug, status: "not-modified", items: 0, added: 0, updated: 0 };
  }
  const feed = parseFeedText(decodeFeedBody(fetched.body, fetched.contentType));
  const seen = new Set<string>();
  const cleaned = feed.items
    .map((item) => cleanItem(item, fetched.url))
    .filter((item): item is CleanItem => item !== null && !seen.has(item.key) && Boolean(seen.add(item.key)));
  const topicIds = await getTopicIdsBySlug();
  const fallbackTopic = topicIds.get("world") ?? [...topicIds.values()][0] ?? 1;
  const budget = { left: IMAGES_PER_POLL };
  const rows: FeedArticle[] = [];
  let added = 0;
  const updated: number[] = [];
  const flush = async () => {
    const stored = await storeFeedArticles(target.publisherId, rows.splice(0));
    added += stored.added.length;
    updated.push(...stored.updated);
  };
  for (const item of cleaned) {
    const topic = chooseTopic(item.categories, target.state?.defaultTopicSlug ?? null, target.country);
    rows.push({
      ...item,
      slug: slugFor(target.publisherId, item),
      topicId: topicIds.get(topic) ?? fallbackTopic,
      ...(await heroOf(item, budget)),
    });
    if (rows.length >= 500) {
      await flush();
      options.onProgress?.(added + updated.length, cleaned.length);
    }
  }
  await flush();
  options.onProgress?.(cleaned.length, cleaned.length);
  await recordPollSuccess(target.publisherId, {
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    nextPollSeconds: nextPollSeconds(target, added, fetched.maxAgeSeconds),
    itemCount: cleaned.length,
    added,
    updated: updated.length,
  });
  if (added > 0 || updated.length > 0) await purgeFor(target.slug, updated);
  return { slug: target.slug, status: "stored", items: cleaned.length, added, updated: updated.length };
}

export async function pollFeed(publisherId: number, options: PollOptions = {}): Promise<PollReport> {
  const target = await findFeedTarget({ publisherId });
  if (!target) throw new Error(`title ${publisherId} has no feed`);
  if (target.state?.pausedAt && !options.force)
    return {
      slug: target.slug,
      status: "paused",
      items: 0,
      added: 0,
      updated: 0,
      error: target.state.lastError ?? "",
    };
  try {
    return await ingest(target, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retryAfter = (error as { retryAfterSeconds?: number | null }).retryAfterSeconds ?? 0;
    const { paused } = await recordPollFailure(
      target.publisherId,
      message,
      (failures) => Math.max(backoffSeconds(failures), retryAfter),
      settings.FEEDS_PAUSE_AFTER_FAILURES,
    );
    console.warn(`feeds: ${target.slug} failed${paused ? " (paused)" : ""}: ${message}`);
    return { slug: target.slug, status: "failed", items: 0, added: 0, updated: 0, error: message };
  }
}
