import "server-only";
import { z } from "zod";
import { getCuration } from "@/lib/db/queries/curations";
import {
  listArticleCardsByIds,
  listPicksForEditing,
  replacePicks,
  searchPickCandidates,
  type EditorialPick,
  type PickInput,
} from "@/lib/db/queries/editorial-picks";
import type { ArticleCard } from "@/lib/content/articles";
import { contentTags } from "@/lib/content/purge";
import type { User } from "@/lib/db/schema";
import { refuseUnshownStories, saveCuration } from "./curation";
import { schedulePicksPurgesAfterSave } from "@/lib/jobs/scheduled-picks";

export type { EditorialPick, PickCandidate } from "@/lib/db/queries/editorial-picks";

const KEY = "picks";
export const MAX_PICKS = 24;

export async function getPicksForEditing(): Promise<{ version: number; picks: EditorialPick[] }> {
  const [{ version }, picks] = await Promise.all([getCuration(KEY), listPicksForEditing()]);
  return { version, picks };
}

export function searchCandidates(query: string) {
  return query.trim() === "" ? Promise.resolve([]) : searchPickCandidates(query.trim().slice(0, 200), 10);
}

const isoTime = z.iso
  .datetime({ offset: true })
  .transform((v) => new Date(v))
  .nullable();

/** One pick as the editor sends it (JSON in a hidden field). */
export const pickDraftSchema = z
  .array(
    z
      .object({
        articleId: z.number().int().positive(),
        pinned: z.boolean(),
        startsAt: isoTime,
        endsAt: isoTime,
      })
      .refine((p) => !p.startsAt || !p.endsAt || p.startsAt < p.endsAt, {
        message: "A pick's start must be before its end.",
      }),
  )
  .max(MAX_PICKS, `At most ${MAX_PICKS} picks.`)
  .refine((picks) => new Set(picks.map((p) => p.articleId)).size === picks.length, {
    message: "A story can be picked only once.",
  });

export type PickDraft = z.output<typeof pickDraftSchema>;

/** Whether a pick shows at `at`: started (or no start) and not yet ended. */
export function isPickLive(pick: Pick<PickInput, "startsAt" | "endsAt">, at: Date): boolean {
  return (!pick.startsAt || pick.startsAt <= at) && (!pick.endsAt || pick.endsAt > at);
}

/**
 * Saves the whole list if nobody saved since `expectedVersion`; answers the new version. Unknown or
 * unpublished stories, a newly added one from a paused title and a stale version are refused with nothing
 * changed (refuseUnshownStories); the audit entry commits with it.
 */
export async function savePicks(actor: User, expectedVersion: number, draft: PickDraft): Promise<number> {
  const version = await saveCuration(actor, KEY, expectedVersion, {
    stale:
      "Another editor saved Our Picks while you were editing. Nothing was saved: the list now shows their version.",
    purge: [contentTags.picks],
    apply: async (tx) => {
      const before = await listPicksForEditing(tx);
      await refuseUnshownStories(
        tx,
        draft.map((p) => p.articleId),
        before.map((p) => p.articleId),
      );
      await replacePicks(tx, draft, actor.id);
      return {
        summary: `Saved Our Picks (${draft.length} ${draft.length === 1 ? "story" : "stories"})`,
        before: before.map(({ articleId, pinned, startsAt, endsAt }) => ({
          articleId,
          pinned,
          startsAt,
          endsAt,
        })),
        after: draft,
      };
    },
  });
  await schedulePicksPurgesAfterSave(); // so scheduled picks appear and expire on time (lib/jobs)
  return version;
}

/** The picks a visitor would see at `at` if `draft` were saved: live ones, pinned first, in order. */
export async function previewPicks(draft: PickDraft, at: Date, limit: number): Promise<ArticleCard[]> {
  const live = draft
    .map((pick, position) => ({ ...pick, position }))
    .filter((pick) => isPickLive(pick, at))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.position - b.position);
  const cards = new Map((await listArticleCardsByIds(live.map((p) => p.articleId))).map((c) => [c.id, c]));
  return live.flatMap((p) => cards.get(p.articleId) ?? []).slice(0, limit);
}
