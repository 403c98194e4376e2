import type { AutoSource } from "@/lib/content/front-page-slots";
import type { LeadChoice, RailChoice } from "@/lib/newsroom/front-page";

// The front-page editor's working copy, in the browser until saved.

export type { RailChoice } from "@/lib/newsroom/front-page";

export interface HandPicked {
  articleId: number;
  headline: string;
  publisherName: string;
  published: boolean;
}

/** One lead slot: filled automatically, or by hand; the hand-picked story is kept while another mode is tried. */
export interface DraftSlot {
  mode: AutoSource | "hand";
  story: HandPicked | null;
}

export function toDraftSlots(leads: LeadChoice[]): DraftSlot[] {
  return leads.map((lead) =>
    lead.kind === "auto"
      ? { mode: lead.source, story: null }
      : {
          mode: "hand",
          story: {
            articleId: lead.articleId,
            headline: lead.headline,
            publisherName: lead.publisherName,
            published: lead.published,
          },
        },
  );
}

/** The ids of the stories chosen by hand (slots in "hand" mode only). */
export function handPickedIds(slots: DraftSlot[]): Set<number> {
  return new Set(slots.flatMap((s) => (s.mode === "hand" && s.story ? [s.story.articleId] : [])));
}

/** What the server needs (save and preview): the topics in order, the hidden ones, and each slot. */
export function serialiseLayout(rails: RailChoice[], slots: DraftSlot[]): string {
  return JSON.stringify({
    rails: rails.map((r) => r.topicId),
    hidden: rails.filter((r) => !r.shown).map((r) => r.topicId),
    leads: slots.map((slot) =>
      slot.mode === "hand" && slot.story
        ? { kind: "article", articleId: slot.story.articleId }
        : { kind: "auto", source: slot.mode === "hand" ? "most-read" : slot.mode },
    ),
  });
}
