import "server-only";
import {
  deleteBriefingSubscription,
  findBriefingSubscription,
  isDatabaseTimeZone,
  listBriefingSendsOf,
  upsertBriefingSubscription,
} from "@/lib/db/queries/briefing";
import { verifyUnsubscribeToken } from "./briefing-token";

// A reader's daily briefing setting: off (no row), or on at an hour of their own time zone. The zone is checked
// twice: JavaScript's Intl must know it (the account page's list and the browser's default come from there) and
// so must PostgreSQL's tz database, which computes the local hour for the whole job in one query — a zone only
// one of them knows would make that query fail for everyone.

export interface BriefingSetting {
  enabled: boolean;
  /** 0–23, in `timeZone`. */
  sendHour: number;
  timeZone: string;
}

export const DEFAULT_BRIEFING_HOUR = 7;

export class BriefingInputError extends Error {
  override name = "BriefingInputError";
}

export async function getBriefingSetting(userId: string): Promise<BriefingSetting | null> {
  const row = await findBriefingSubscription(userId);
  return row && { enabled: true, sendHour: row.sendHour, timeZone: row.timeZone };
}

/** The zone's canonical Intl name, or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length === 0 || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The zones the account page offers (Intl's list, which on some engines omits UTC). */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** Turns the briefing on at `sendHour` in `timeZone`, or off; throws BriefingInputError on a bad zone or hour. */
export async function saveBriefingSetting(userId: string, setting: BriefingSetting): Promise<void> {
  if (!setting.enabled) {
    await deleteBriefingSubscription(userId);
    return;
  }
  if (!Number.isInteger(setting.sendHour) || setting.sendHour < 0 || setting.sendHour > 23)
    throw new BriefingInputError("Choose an hour between 0 and 23.");
  const zone = canonicalTimeZone(setting.timeZone);
  if (!zone || !(await isDatabaseTimeZone(zone)))
    throw new BriefingInputError(`"${setting.timeZone.slice(0, 64)}" is not a time zone we know.`);
  await upsertBriefingSubscription(userId, setting.sendHour, zone);
}

/** Turns the briefing off (the unsubscribe link); true when it was on. */
export function turnOffBriefing(userId: string): Promise<boolean> {
  return deleteBriefingSubscription(userId);
}

/** The one-click unsubscribe: "invalid" for a token that is not ours (altered, forged, cut short). */
export async function unsubscribeWithToken(token: string): Promise<"off" | "invalid"> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return "invalid";
  await turnOffBriefing(userId);
  return "off";
}

/** Whether a token would unsubscribe someone (the GET page shows its button only then); changes nothing. */
export function isUnsubscribeToken(token: string): boolean {
  return verifyUnsubscribeToken(token) !== null;
}

/** The briefing part of "export my data": the setting and the days a briefing was made. */
export async function exportBriefing(userId: string) {
  const [setting, sends] = await Promise.all([getBriefingSetting(userId), listBriefingSendsOf(userId)]);
  return { setting: setting ?? { enabled: false }, sent: sends };
}
