import "server-only";
import { LRUCache } from "lru-cache";
import { getSharedCache } from "@/lib/cache/cache-handler.js";
import { settings } from "@/lib/config/settings";
import { listActivePublishers } from "@/lib/db/queries/publishers";
import { canonicalSearchQuery, rawParams } from "./page-cache-key";
import { parseSearchParams, type RawSearchParams } from "./params";
import { describeSearch, runSearchUncached } from "./search";
import type { SearchAnswer } from "./search-answer-shape";

// GET /api/search: a search's results as JSON, the same for everyone who asks (teasers only: headline, standfirst
// and the card's facts, never a body; the reader's mutes are applied in their browser). The search page is one
// shell for every search (kept by the page cache), and its results come from here: a search nobody made before
// costs the statements and this JSON, not a whole render of the page (issue 11's "search, new each time").
// Answers are kept like the page cache's pages: for PAGE_CACHE_SECONDS, bounded by bytes, emptied by any purge;
// with each, once it has been sent compressed, those bytes (a repeated search is then not compressed again).

const ANSWER_BYTES = 16 * 1024 * 1024;
const TITLES_KEY = "titles";

/** An answer as kept: its JSON and, once a lane has compressed it, the gzipped bytes it sent. */
interface KeptAnswer {
  json: string;
  gzipped?: Uint8Array;
}

interface Kept {
  answers: LRUCache<string, KeptAnswer>;
  titles: LRUCache<string, { slug: string; name: string }[]>;
}

const global = globalThis as unknown as { newsstandSearchAnswers?: Kept };

function kept(): Kept | null {
  if (settings.pageCacheSeconds === 0) return null;
  if (global.newsstandSearchAnswers) return global.newsstandSearchAnswers;
  const ttl = settings.pageCacheSeconds * 1000;
  const created: Kept = {
    // The JSON as UTF-16, and room for its gzipped bytes (a fifth to a third of it, here) when they come.
    answers: new LRUCache({
      maxSize: ANSWER_BYTES,
      sizeCalculation: (answer) => Math.ceil(answer.json.length * 2.5) + 200,
      ttl,
    }),
    titles: new LRUCache({ max: 1, ttl }),
  };
  global.newsstandSearchAnswers = created;
  getSharedCache().tags.onPurge(() => {
    created.answers.clear();
    created.titles.clear();
  });
  return created;
}

async function activeTitles(store: Kept | null): Promise<{ slug: string; name: string }[]> {
  const known = store?.titles.get(TITLES_KEY);
  if (known) return known;
  const titles = (await listActivePublishers()).map(({ slug, name }) => ({ slug, name }));
  store?.titles.set(TITLES_KEY, titles);
  return titles;
}

/** What answerSearch answers: the JSON, whether it was kept, and its gzipped bytes to send and keep alongside. */
export interface SearchAnswerText {
  json: string;
  cache: "hit" | "miss";
  /** The gzipped JSON, when a request before this one sent it compressed. */
  gzipped?: Uint8Array;
  /** Keeps `bytes` (the gzipped JSON) with the answer, for the next request of the same search. */
  keepGzipped(bytes: Uint8Array): void;
}

/**
 * The answer to `/api/search?<query>`, as JSON text, and whether it was kept (per canonical search) or run now.
 * Throws on a database error.
 */
export async function answerSearch(query: URLSearchParams): Promise<SearchAnswerText> {
  const raw = rawParams(query);
  // Every spelling of one search (parameter order, `?utm_…`, `page=abc`) is one entry, as in the page cache.
  const key = canonicalSearchQuery(raw);
  const store = kept();
  const known = store?.answers.get(key);
  const text = (answer: KeptAnswer, cache: "hit" | "miss"): SearchAnswerText => ({
    json: answer.json,
    cache,
    gzipped: answer.gzipped,
    keepGzipped: (bytes) => void (answer.gzipped = bytes),
  });
  if (known) return text(known, "hit");
  const made: KeptAnswer = { json: JSON.stringify(await runAnswer(raw, store)) };
  store?.answers.set(key, made);
  return text(made, "miss");
}

async function runAnswer(raw: RawSearchParams, store: Kept | null): Promise<SearchAnswer> {
  const params = parseSearchParams(raw);
  const [titles, results] = await Promise.all([activeTitles(store), runSearchUncached(params)]);
  return {
    ...describeSearch(params, results, titles),
    items: results.items.map(({ rank: _rank, publishedAt, ...hit }) => ({
      ...hit,
      publishedAt: publishedAt.toISOString(),
    })),
  };
}
