import "server-only";
import { LRUCache } from "lru-cache";
import { getDb } from "@/lib/db/client";
import { runsOnOneConnection } from "@/lib/db/open";
import { readListVersions } from "@/lib/db/queries/list-versions";
import { getContinueReading } from "@/lib/reading/history";
import type { ReaderParts } from "./reader-parts-shape";
import { getForYouRail, inWords } from "./for-you";

// A member's home page asks for its own lists (POST /api/me) on every visit: Continue reading and For You, the
// latter a ranking of a few hundred candidates (about 13 ms of PostgreSQL's time a call). On PostgreSQL they
// are kept per reader under the versions of what they are read from (drizzle/0018_list_versions.sql), read
// first (two primary-key lookups, in the member gate's statement for POST /api/me): any write to the reader's follows, mutes, profile or
// history, and any change to a story, title, topic or author, commits a new version with it, so the very next
// visit loads afresh, on every instance. Only a new story bumps nothing (the feeds add them all day long, and
// every reader's lists would go with each): it reaches a kept list when the entry expires. PGlite keeps the
// lists its own way (below).

export type HomeParts = NonNullable<ReaderParts["home"]>;

/** How soon a new story can appear in a kept list. */
export const NEW_STORIES_WITHIN_MS = 60_000;

const kept = new LRUCache<string, HomeParts>({ max: 10_000, ttl: NEW_STORIES_WITHIN_MS });

/**
 * The reader's Continue reading and For You rail, as the home page shows them. `versions`: their list versions
 * if the caller read them already, this request (POST /api/me has them from the member gate's statement).
 */
export async function getHomeParts(userId: string, versions?: string): Promise<HomeParts> {
  // Where the database runs in this process (PGlite) both lists are already kept until any write to what they
  // read (lib/db/kept-until-write.ts), and reading the versions would be the one statement left on the
  // server's only thread.
  if (runsOnOneConnection(await getDb())) return loadHomeParts(userId);
  const key = `${userId}\n${versions ?? (await readListVersions(userId))}`;
  const known = kept.get(key);
  if (known) return known;
  // Loaded after the versions were read: at least as new as they say, so keeping it under them is safe.
  const parts = await loadHomeParts(userId);
  kept.set(key, parts);
  return parts;
}

async function loadHomeParts(userId: string): Promise<HomeParts> {
  const [stories, forYou] = await Promise.all([getContinueReading(userId), getForYouRail(userId)]);
  return {
    continueReading: stories.map(({ id, slug, headline, publisherName, readingMinutes, position }) => ({
      id,
      slug,
      headline,
      publisherName,
      readingMinutes,
      position,
    })),
    forYou: { items: inWords(forYou.items), offerTopics: forYou.offerTopics },
  };
}
