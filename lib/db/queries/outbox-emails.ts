import "server-only";
import { and, desc, eq, inArray, lt, lte, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { outboxEmails } from "../schema";

// Every mail, queued before it is sent (lib/email/delivery.ts), and the local outbox read by /dev/outbox.

export type OutboxEmail = typeof outboxEmails.$inferSelect;
export interface MailRow {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}
/** The database or an open transaction, so a mail can commit with the change it is about. */
export type MailWriter = Pick<Database, "insert">;

/** A database-clock time, so instances whose clocks differ agree on what is due. */
const inMs = (ms: number) => sql`now() + make_interval(secs => ${ms / 1000})`;

/** Stores mails; "sent" for the local outbox (shown, never sent), "queued" for SMTP delivery. Answers their ids. */
export async function insertOutboxEmails(
  mails: MailRow[],
  status: "queued" | "sent",
  writer?: MailWriter,
): Promise<number[]> {
  if (mails.length === 0) return [];
  const db = writer ?? (await getDb());
  const sentAt = status === "sent" ? new Date() : null;
  const rows = await db
    .insert(outboxEmails)
    .values(mails.map((m) => ({ ...m, status, sentAt })))
    .returning({ id: outboxEmails.id });
  return rows.map((r) => r.id);
}

/**
 * Claims one due queued mail (the given one, or the oldest due) for `leaseMs`: the claim counts an attempt and
 * moves next_attempt_at past the lease, so no other worker takes it meanwhile, and a worker that dies mid-send
 * leaves it to be retried. SKIP LOCKED: concurrent claimers pass over each other's rows instead of waiting.
 */
export async function claimDueOutboxEmail(leaseMs: number, id?: number): Promise<OutboxEmail | null> {
  const db = await getDb();
  const due = and(
    eq(outboxEmails.status, "queued"),
    lte(outboxEmails.nextAttemptAt, sql`now()`),
    id === undefined ? undefined : eq(outboxEmails.id, id),
  );
  const next = db
    .select({ id: outboxEmails.id })
    .from(outboxEmails)
    .where(due)
    .orderBy(outboxEmails.nextAttemptAt)
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await db
    .update(outboxEmails)
    .set({ attempts: sql`${outboxEmails.attempts} + 1`, nextAttemptAt: inMs(leaseMs) })
    .where(eq(outboxEmails.id, sql`(${next})`))
    .returning();
  return row ?? null;
}

/**
 * Marks a mail delivered and forgets its text: sign-in codes, sign-in and reset links live there, and once the
 * SMTP server has them the copy here is only a risk. Recipient, subject and times stay for the record.
 */
export async function markOutboxEmailSent(id: number): Promise<void> {
  const db = await getDb();
  await db
    .update(outboxEmails)
    .set({ status: "sent", sentAt: new Date(), lastError: null, text: "", html: "", headers: null })
    .where(eq(outboxEmails.id, id));
}

/** Records a failed attempt: retried after `retryInMs`, or given up for good when that is null. */
export async function markOutboxEmailFailed(
  id: number,
  error: string,
  retryInMs: number | null,
): Promise<void> {
  const db = await getDb();
  await db
    .update(outboxEmails)
    .set(
      retryInMs === null
        ? { status: "failed", lastError: error }
        : { lastError: error, nextAttemptAt: inMs(retryInMs) },
    )
    .where(eq(outboxEmails.id, id));
}

export async function listOutboxEmails(limit = 50): Promise<OutboxEmail[]> {
  const db = await getDb();
  return db.select().from(outboxEmails).orderBy(desc(outboxEmails.id)).limit(limit);
}

export async function findOutboxEmail(id: number): Promise<OutboxEmail | null> {
  const db = await getDb();
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id)).limit(1);
  return row ?? null;
}

export async function deleteOutboxEmailsTo(to: string): Promise<void> {
  const db = await getDb();
  await db.delete(outboxEmails).where(eq(outboxEmails.to, to));
}

/** Deletes sent and failed mails older than `days` (by when they were sent, else queued); answers how many. */
export async function purgeOldOutboxEmails(days: number): Promise<number> {
  const db = await getDb();
  const rows = await db
    .delete(outboxEmails)
    .where(
      and(
        inArray(outboxEmails.status, ["sent", "failed"]),
        lt(
          sql`coalesce(${outboxEmails.sentAt}, ${outboxEmails.createdAt})`,
          sql`now() - make_interval(days => ${days})`,
        ),
      ),
    )
    .returning({ id: outboxEmails.id });
  return rows.length;
}
