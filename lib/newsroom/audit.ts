import "server-only";
import { listAuditEntries, type AuditFilter } from "@/lib/db/queries/audit-log";
import type { AuditEntry } from "@/lib/db/schema";

export type { AuditEntry } from "@/lib/db/schema";

export const AUDIT_PAGE_SIZE = 50;

/** The entity types the audit page filters by, with the words it shows for each. */
export const auditEntityTypes = {
  picks: "Our Picks",
  "front-page": "Front page",
  article: "Articles",
  publisher: "Titles",
  user: "People",
  payout_month: "Payout months",
} as const;

export interface AuditPage {
  entries: AuditEntry[];
  /** The id to pass as `beforeId` for the next (older) page, or null. */
  olderThan: number | null;
}

export async function getAuditPage(filter: Omit<AuditFilter, "limit">): Promise<AuditPage> {
  const rows = await listAuditEntries({ ...filter, limit: AUDIT_PAGE_SIZE });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = entries.at(-1);
  return { entries, olderThan: rows.length > AUDIT_PAGE_SIZE && last ? last.id : null };
}
