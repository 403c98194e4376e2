import "server-only";
import { keptUntilWrite } from "@/lib/db/kept-until-write";
import {
  deleteAllHistory,
  deleteHistoryEntry,
  isHistoryPaused,
  listHistoryCards,
  listUnfinished,
  setHistoryPaused,
  updateHistoryPosition,
  upsertHistory,
  type HistoryCard,
} from "@/lib/db/queries/history";

// Reading history: what a signed-in reader opened, newest first, and where they left each story. The reader can
// remove one, clear it all, or pause it (nothing is added while paused). History is theirs alone: payouts are
// counted in `reads`, which clearing history does not touch.

export type { HistoryCard };

/** Called when a signed-in reader opens a story (after the response: never slows the page). */
export function recordOpened(userId: string, articleId: number, now = new Date()): Promise<void> {
  return upsertHistory(userId, articleId, now);
}

/** Where the reader left the story, as a fraction of it (sent by the page's tracker with its reading time). */
export function recordPosition(userId: string, articleId: number, position: number): Promise<void> {
  const clamped = Math.min(1, Math.max(0, position));
  return updateHistoryPosition(userId, articleId, clamped);
}

export const removeFromHistory = deleteHistoryEntry;
export const clearHistory = deleteAllHistory;
export const historyPaused = isHistoryPaused;
export const pauseHistory = setHistoryPaused;

export function getHistory(userId: string): Promise<HistoryCard[]> {
  return listHistoryCards(userId, 200);
}

/** Kept on PGlite until a write to history or the stories it names (see lib/db/kept-until-write.ts). */
const keptUnfinished = keptUntilWrite<HistoryCard[]>("personal", { max: 5_000 });

/** "Continue reading": long stories (4 minutes or more) left between 5% and 85% of the way, newest first. */
export function getContinueReading(userId: string, limit = 4): Promise<HistoryCard[]> {
  return keptUnfinished.get(`${userId}\n${limit}`, () =>
    listUnfinished(userId, { from: 0.05, to: 0.85, minMinutes: 4 }, limit),
  );
}
