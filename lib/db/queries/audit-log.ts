import "server-only";
import { and, desc, eq, gte, ilike, lt, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { auditLog, type AuditEntry, type User } from "../schema";

// The newsroom's audit log. Append-only: this module only inserts and reads; nothing updates or deletes a row.
// Writers pass their transaction so an entry commits with the change it records, or not at all.

export interface AuditInput {
  actor: Pick<User, "id" | "email">;
  action: string;
  entityType: string;
  entityId: string | number;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export async function insertAuditEntry(tx: Database, input: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: input.actor.id,
    actorEmail: input.actor.email,
    action: input.action,
    entityType: input.entityType,
    entityId: String(input.entityId),
    summary: input.summary,
    before: input.before ?? null,
    after: input.after ?? null,
  });
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actor?: string; // part of the actor's email
  since?: Date;
  /** Entries older than this id (the next page). */
  beforeId?: number;
  limit: number;
}

/** Newest first. Answers one row more than `limit` so the caller knows whether an older page exists. */
export async function listAuditEntries(filter: AuditFilter): Promise<AuditEntry[]> {
  const db = await getDb();
  const escaped = filter.actor?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
        escaped ? ilike(auditLog.actorEmail, `%${escaped}%`) : undefined,
        filter.since ? gte(auditLog.createdAt, filter.since) : undefined,
        filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), sql`${auditLog.id} desc`)
    .limit(filter.limit + 1);
}
