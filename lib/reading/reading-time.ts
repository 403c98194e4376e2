import "server-only";
import { isbot } from "isbot";
import type { ReadDecision } from "@/lib/billing/entitlements";
import { creditView, deleteReadViewsIssuedBefore } from "@/lib/db/queries/reading-time";
import type { ReadAudience } from "@/lib/db/schema";
import { issueViewToken, verifyViewToken } from "./view-token";

// Reading time, what publishers are paid from. The article page issues a signed view token to a signed-in
// reader (startView); the page's tracker sends a running total of seconds actually read on that view when the
// reader leaves it (app/api/reads); recordBeacon decides what of it may count. A total can never exceed the
// wall time since the token was issued, a view is credited each second once, a reader's views never share a
// second, and a reader's day on one article stops at its cap.

/** After this, a view token is refused (and its view row purged by the read-views-purge job). */
export const VIEW_TOKEN_TTL_MS = 6 * 60 * 60 * 1000;

/** Most seconds per reader, article and day: twice the article's reading time, between 2 and 30 minutes. */
export function dailyCapSeconds(readingMinutes: number): number {
  return Math.min(30 * 60, Math.max(2 * 60, Math.round(readingMinutes * 60 * 2)));
}

/** Members' reading is what payouts count; staff read for work, not on a membership. */
export function audienceOf(decision: ReadDecision, userAgent: string | null): ReadAudience {
  if (!userAgent || isbot(userAgent)) return "bot";
  return decision.allowed && decision.reason !== "staff" ? "member" : "non_member";
}

export interface ViewedArticle {
  id: number;
  publisherId: number;
  readingMinutes: number;
}

/** A token for one view of `article` by `userId`; the tracker on the page sends it back with its seconds. */
export function startView(
  userId: string,
  article: ViewedArticle,
  audience: ReadAudience,
  now = Date.now(),
): string {
  return issueViewToken(
    {
      userId,
      articleId: article.id,
      publisherId: article.publisherId,
      audience,
      capSeconds: dailyCapSeconds(article.readingMinutes),
    },
    now,
  );
}

export type BeaconOutcome =
  { ok: true; credited: number; articleId: number } | { ok: false; status: 400 | 403 | 410; error: string };

/** What a beacon from `callerId` (the session's user, or null) claiming `seconds` on `token` earns. */
export async function recordBeacon(
  beacon: { token: string; seconds: number },
  callerId: string | null,
  now = new Date(),
): Promise<BeaconOutcome> {
  const view = verifyViewToken(beacon.token);
  if (!view) return { ok: false, status: 400, error: "not a view token of ours" };
  if (view.userId !== callerId)
    return { ok: false, status: 403, error: "the token belongs to another reader" };
  const age = now.getTime() - view.issuedAt;
  if (age > VIEW_TOKEN_TTL_MS) return { ok: false, status: 410, error: "the view token has expired" };
  const totalSeconds = Math.min(beacon.seconds, Math.max(0, Math.floor(age / 1000)));
  // No second claimed yet (left at once, or idle): creditView would credit 0 too, so skip its transaction.
  const credited =
    totalSeconds === 0
      ? 0
      : await creditView({ ...view, issuedAt: new Date(view.issuedAt), totalSeconds }, now);
  return { ok: true, credited, articleId: view.articleId };
}

/** Deletes views whose tokens have expired (the read-views-purge job, hourly). */
export function purgeExpiredViews(now = Date.now()): Promise<number> {
  return deleteReadViewsIssuedBefore(new Date(now - VIEW_TOKEN_TTL_MS));
}
