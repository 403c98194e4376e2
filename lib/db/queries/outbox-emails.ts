import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { outboxEmails } from "../schema";

// The local outbox (SMTP_URL unset): written by lib/email, read by the dev-only /dev/outbox page.

export type OutboxEmail = typeof outboxEmails.$inferSelect;

export async function insertOutboxEmail(mail: { to: string; subject: string; text: string; html: string }): Promise<void> {
  const db = await getDb();
  await db.insert(outboxEmails).values(mail);
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
