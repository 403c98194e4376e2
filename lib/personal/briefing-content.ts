import "server-only";
import type { ArticleCard } from "@/lib/db/queries/article-fields";
import { readForYou } from "@/lib/db/queries/for-you";
import { listEditorsPicks } from "@/lib/db/queries/picks";
import { toReaderFollows } from "./follows";
import { explainReason, rankedWithCards, rankForYou } from "./for-you";
import { hideMuted } from "./mutes";

// What one reader's briefing holds: the day's top stories from what they follow (ranked as For You ranks them,
// so the reason is the same "Because you follow Science") and Our Picks, with their mutes applied to both —
// the same filter every list on the site uses. Read straight from lib/db, not the "use cache" content functions:
// the job runs outside any request.

/** Stories from follows must be this fresh: the briefing is the day's news, not the archive. */
export const BRIEFING_WINDOW_HOURS = 24;
const MAX_FOLLOWED = 8;
const MAX_PICKS = 4;

export interface BriefingStory {
  slug: string;
  headline: string;
  standfirst: string;
  publisherName: string;
  topicName: string;
  /** "Because you follow Science"; null for a pick. */
  reason: string | null;
}

export interface Briefing {
  followed: BriefingStory[];
  picks: BriefingStory[];
}

const story = (card: ArticleCard, reason: string | null): BriefingStory => ({
  slug: card.slug,
  headline: card.headline,
  standfirst: card.standfirst,
  publisherName: card.publisherName,
  topicName: card.topicName,
  reason,
});

export function countStories(briefing: Briefing): number {
  return briefing.followed.length + briefing.picks.length;
}

/** Our Picks as every briefing starts from them: the same for all readers, so a run reads them once. */
export function loadBriefingPicks(): Promise<ArticleCard[]> {
  return listEditorsPicks(MAX_PICKS * 2);
}

/** One reader's briefing; `picks` from loadBriefingPicks (read here when not given). */
export async function buildBriefing(userId: string, now: Date, picks?: ArticleCard[]): Promise<Briefing> {
  const since = now.getTime() - BRIEFING_WINDOW_HOURS * 3_600_000;
  // The reader's follows and their candidates in one statement, as For You reads them.
  const [read, allPicks] = await Promise.all([
    readForYou({ userId, perSource: MAX_FOLLOWED }),
    picks ?? loadBriefingPicks(),
  ]);
  const follows = toReaderFollows(read.follows);
  const fresh = read.candidates.filter((c) => {
    const at = c.publishedAt.getTime();
    return (
      at >= since &&
      at <= now.getTime() &&
      c.via.some((v) => v.source !== "popular" && v.source !== "history")
    );
  });
  const ranked = await rankedWithCards(
    rankForYou(fresh, follows, now, MAX_FOLLOWED).filter((item) => item.reason.kind === "follow"),
  );
  const reasons = new Map(ranked.map((item) => [item.article.id, explainReason(item.reason)]));
  const followedIds = new Set(reasons.keys());
  // The follows just read are the mutes' too: outside a request nothing caches them, so pass them on.
  const { followed, picks: shown } = await hideMuted(
    userId,
    {
      followed: ranked.map((item) => item.article),
      picks: allPicks.filter((pick) => !followedIds.has(pick.id)),
    },
    follows,
  );
  return {
    followed: followed.items.map((card) => story(card, reasons.get(card.id) ?? null)),
    picks: shown.items.slice(0, MAX_PICKS).map((card) => story(card, null)),
  };
}
