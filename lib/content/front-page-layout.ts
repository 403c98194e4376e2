import { z } from "zod";
import { autoSources, LEAD_SLOTS, type AutoSource } from "./front-page-slots";

// The front page's layout as editors save it (curations row "front-page", lib/newsroom/front-page.ts) and how
// it is applied to the home page's lists (./front-page.ts). Pure: the editor, the preview and tests share it.

export const FRONT_PAGE_KEY = "front-page";

export { autoSourceNames, autoSources, LEAD_SLOTS, type AutoSource } from "./front-page-slots";

const leadSlotSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("article"), articleId: z.number().int().positive() }),
  z.object({ kind: z.literal("auto"), source: z.enum(autoSources) }),
]);

/** One lead slot: a story chosen by hand, or filled automatically from the most read or the newest stories. */
export type LeadSlot = z.infer<typeof leadSlotSchema>;

/** The ids of the stories chosen by hand, in slot order. */
export const handPickedIds = (leads: LeadSlot[]) =>
  leads.flatMap((s) => (s.kind === "article" ? [s.articleId] : []));

/** Where a slot draws its story from when it has no hand-picked one (one that left the site: most read). */
const sourceOf = (slot: LeadSlot): AutoSource => (slot.kind === "auto" ? slot.source : "most-read");

const allDifferent = (ids: number[]) => new Set(ids).size === ids.length;

const topicIds = z.array(z.number().int().positive()).max(500);

export const frontPageSchema = z
  .object({
    /** Topic ids in the order their rails show; topics not listed (new ones) follow in the default order. */
    rails: topicIds.refine(allDifferent, { message: "A topic can be listed only once." }),
    /** Topic ids whose rail does not show. */
    hidden: topicIds.default([]),
    leads: z
      .array(leadSlotSchema)
      .length(LEAD_SLOTS, `The lead stories have exactly ${LEAD_SLOTS} slots.`)
      .refine((leads) => allDifferent(handPickedIds(leads)), {
        message: "A story can lead in one slot only.",
      }),
  })
  .refine((layout) => allDifferent(layout.hidden), {
    message: "A topic can be hidden only once.",
    path: ["hidden"],
  });

export type FrontPageLayout = z.output<typeof frontPageSchema>;

export const defaultLeads = (): LeadSlot[] =>
  Array.from({ length: LEAD_SLOTS }, () => ({ kind: "auto", source: "most-read" }));

/** The saved layout, or the default one (every rail in the default order, automatic leads) when none is saved. */
export function readFrontPage(config: Record<string, unknown>): FrontPageLayout {
  const parsed = frontPageSchema.safeParse(config);
  return parsed.success ? parsed.data : { rails: [], hidden: [], leads: defaultLeads() };
}

/** The sources the automatic slots draw from (a hand-picked story that left the site falls back to most read). */
export function sourcesNeeded(leads: LeadSlot[]): Set<AutoSource> {
  return new Set(leads.map(sourceOf));
}

/** How many stories each source must offer so that every automatic slot finds one no other slot shows. */
export const poolSize = (leads: LeadSlot[]) => LEAD_SLOTS + handPickedIds(leads).length;

/**
 * Fills the lead slots in order. Hand-picked stories that are still listed take their slot; every other slot
 * takes the first story of its source that no slot shows, so an automatic slot never repeats a hand-picked
 * story (wherever it stands) nor another automatic slot.
 */
export function fillLeads<Card extends { id: number }>(
  leads: LeadSlot[],
  handPicked: readonly Card[],
  pools: Record<AutoSource, readonly Card[]>,
): Card[] {
  const byId = new Map(handPicked.map((card) => [card.id, card]));
  const used = new Set(handPickedIds(leads).filter((id) => byId.has(id)));
  const filled: Card[] = [];
  for (const slot of leads) {
    const chosen = slot.kind === "article" ? byId.get(slot.articleId) : undefined;
    if (chosen) {
      filled.push(chosen);
      continue;
    }
    const next = pools[sourceOf(slot)].find((card) => !used.has(card.id));
    if (!next) continue;
    used.add(next.id);
    filled.push(next);
  }
  return filled;
}

/** Items in the editors' order: listed ones first, the rest as they come (a new topic goes last). */
export function inEditorsOrder<T>(items: T[], order: number[], idOf: (item: T) => number): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const rankOf = (item: T) => rank.get(idOf(item)) ?? order.length;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rankOf(a.item) - rankOf(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/** The rails that show, in the editors' order. */
export function arrangeRails<Rail extends { topicId: number }>(
  rails: Rail[],
  layout: FrontPageLayout,
): Rail[] {
  const hidden = new Set(layout.hidden);
  return inEditorsOrder(rails, layout.rails, (rail) => rail.topicId).filter(
    (rail) => !hidden.has(rail.topicId),
  );
}
