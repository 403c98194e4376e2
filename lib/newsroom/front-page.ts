import "server-only";
import { getCuration } from "@/lib/db/queries/curations";
import { describeLeadStories, findTopicIds } from "@/lib/db/queries/editorial-front-page";
import { listTopics } from "@/lib/db/queries/topics";
import {
  FRONT_PAGE_KEY,
  handPickedIds,
  inEditorsOrder,
  readFrontPage,
  type AutoSource,
  type FrontPageLayout,
} from "@/lib/content/front-page-layout";
import { contentTags } from "@/lib/content/purge";
import type { User } from "@/lib/db/schema";
import { refuseUnshownStories, saveCuration } from "./curation";
import { EditorialInputError } from "./errors";

// The front page as editors lay it out: which topic rails show and in what order, and the lead stories (each
// slot chosen by hand or automatic). Saved whole, versioned like Our Picks; the home page reads it through
// lib/content/front-page.ts.

export interface RailChoice {
  topicId: number;
  name: string;
  shown: boolean;
}

export type LeadChoice =
  | { kind: "auto"; source: AutoSource }
  | { kind: "article"; articleId: number; headline: string; publisherName: string; published: boolean };

export interface FrontPageForEditing {
  version: number;
  /** Every topic, in the editors' order. */
  rails: RailChoice[];
  leads: LeadChoice[];
}

export async function getFrontPageForEditing(): Promise<FrontPageForEditing> {
  const [{ version, config }, topics] = await Promise.all([getCuration(FRONT_PAGE_KEY), listTopics()]);
  const saved = readFrontPage(config);
  const hidden = new Set(saved.hidden);
  const rails = inEditorsOrder(topics, saved.rails, (t) => t.id).map((t) => ({
    topicId: t.id,
    name: t.name,
    shown: !hidden.has(t.id),
  }));
  const stories = new Map(
    (await describeLeadStories(handPickedIds(saved.leads))).map((story) => [story.id, story]),
  );
  const leads = saved.leads.map((slot): LeadChoice => {
    if (slot.kind === "auto") return slot;
    const story = stories.get(slot.articleId);
    return {
      kind: "article",
      articleId: slot.articleId,
      headline: story?.headline ?? `Story ${slot.articleId} (deleted)`,
      publisherName: story?.publisherName ?? "",
      published: story?.published ?? false,
    };
  });
  return { version, rails, leads };
}

const STALE =
  "Another editor saved the front page while you were editing. Nothing was saved: the page now shows their version.";

/**
 * Saves the layout if nobody saved since `expectedVersion`; answers the new version. An unknown topic, a story
 * that is not published, a newly chosen one from a paused title or a stale version is refused with nothing
 * changed; the audit entry commits with it.
 */
export function saveFrontPage(
  actor: User,
  expectedVersion: number,
  layout: FrontPageLayout,
): Promise<number> {
  return saveCuration(actor, FRONT_PAGE_KEY, expectedVersion, {
    stale: STALE,
    purge: [contentTags.frontPage],
    apply: async (tx, current) => {
      const named = [...new Set([...layout.rails, ...layout.hidden])];
      const topics = await findTopicIds(tx, named);
      const unknownTopics = named.filter((id) => !topics.has(id));
      if (unknownTopics.length > 0)
        throw new EditorialInputError(`No topic has the id ${unknownTopics.join(", ")}. Nothing was saved.`);
      const picked = handPickedIds(layout.leads);
      await refuseUnshownStories(tx, picked, handPickedIds(readFrontPage(current.config).leads));
      return {
        config: { ...layout },
        summary: `Saved the front page (${layout.hidden.length} topic rails hidden, ${picked.length} of ${layout.leads.length} lead stories by hand)`,
        before: current.version === 0 ? null : readFrontPage(current.config),
        after: layout,
      };
    },
  });
}
