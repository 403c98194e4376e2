import "server-only";
import { withTransaction } from "@/lib/db/queries/transaction";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import { bumpCuration, getCuration, lockCuration } from "@/lib/db/queries/curations";
import { describeLeadStories, findTopicIds } from "@/lib/db/queries/editorial-front-page";
import { findPublishedIds } from "@/lib/db/queries/editorial-picks";
import { listTopics } from "@/lib/db/queries/topics";
import {
  FRONT_PAGE_KEY,
  handPickedIds,
  inEditorsOrder,
  readFrontPage,
  type AutoSource,
  type FrontPageLayout,
} from "@/lib/content/front-page-layout";
import { contentTags, purgeContent } from "@/lib/content/purge";
import type { User } from "@/lib/db/schema";
import { assertRole, EditorialInputError, StaleVersionError } from "./errors";

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
 * that is not published or a stale version is refused with nothing changed; the audit entry commits with it.
 */
export async function saveFrontPage(
  actor: User,
  expectedVersion: number,
  layout: FrontPageLayout,
): Promise<number> {
  assertRole(actor, "editor");
  const version = await withTransaction(async (tx) => {
    const current = await lockCuration(tx, FRONT_PAGE_KEY);
    if (current.version !== expectedVersion) throw new StaleVersionError(STALE);
    const named = [...new Set([...layout.rails, ...layout.hidden])];
    const topics = await findTopicIds(tx, named);
    const unknownTopics = named.filter((id) => !topics.has(id));
    if (unknownTopics.length > 0)
      throw new EditorialInputError(`No topic has the id ${unknownTopics.join(", ")}. Nothing was saved.`);
    const picked = handPickedIds(layout.leads);
    const published = await findPublishedIds(tx, picked);
    const missing = picked.filter((id) => !published.has(id));
    if (missing.length > 0)
      throw new EditorialInputError(
        `No published story has the id ${missing.join(", ")}. Nothing was saved.`,
      );
    const next = await bumpCuration(tx, FRONT_PAGE_KEY, actor.id, { ...layout });
    await insertAuditEntry(tx, {
      actor,
      action: "front-page.save",
      entityType: "front-page",
      entityId: FRONT_PAGE_KEY,
      summary: `Saved the front page (${layout.hidden.length} topic rails hidden, ${picked.length} of ${layout.leads.length} lead stories by hand)`,
      before: current.version === 0 ? null : readFrontPage(current.config),
      after: layout,
    });
    return next;
  });
  await purgeContent([contentTags.frontPage]);
  return version;
}
