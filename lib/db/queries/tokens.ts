import "server-only";
import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { oneTimeTokens } from "../schema";

// Rows of one_time_tokens: hashes only, spent once, a capped number of code attempts.

export type OneTimeToken = typeof oneTimeTokens.$inferSelect;
export type OneTimePurpose = OneTimeToken["purpose"];

export interface NewTokenRow {
  id: string;
  purpose: OneTimePurpose;
  email: string;
  userId: string | null;
  tokenHash: string;
  codeHash: string | null;
  payload: Record<string, string> | null;
  expiresAt: Date;
}

export async function insertToken(row: NewTokenRow): Promise<void> {
  const db = await getDb();
  await db.insert(oneTimeTokens).values(row);
}

/** Earlier unspent tokens of the same purpose stop working when a new one is sent. */
export async function retireTokens(email: string, purposes: OneTimePurpose[], now: Date): Promise<void> {
  const db = await getDb();
  await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.email, email),
        inArray(oneTimeTokens.purpose, purposes),
        isNull(oneTimeTokens.usedAt),
      ),
    );
}

export async function findTokenByHash(tokenHash: string): Promise<OneTimeToken | null> {
  const db = await getDb();
  const [row] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}

/** The newest token of these purposes for an email, spent or not (the caller explains why it cannot be used). */
export async function findLatestToken(
  email: string,
  purposes: OneTimePurpose[],
): Promise<OneTimeToken | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.email, email), inArray(oneTimeTokens.purpose, purposes)))
    .orderBy(desc(oneTimeTokens.createdAt))
    .limit(1);
  return row ?? null;
}

/** Counts one code attempt atomically; answers the new count, or null when the token is spent, expired or out of attempts. */
export async function countCodeAttempt(id: string, maxAttempts: number, now: Date): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .update(oneTimeTokens)
    .set({ attempts: sql`${oneTimeTokens.attempts} + 1` })
    .where(
      and(
        eq(oneTimeTokens.id, id),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, now),
        lt(oneTimeTokens.attempts, maxAttempts),
      ),
    )
    .returning({ attempts: oneTimeTokens.attempts });
  return row?.attempts ?? null;
}

/** Spends a token; exactly one caller wins when two race. */
export async function consumeToken(id: string, now: Date): Promise<OneTimeToken | null> {
  const db = await getDb();
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(and(eq(oneTimeTokens.id, id), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, now)))
    .returning();
  return row ?? null;
}

/** Removes a person's tokens (account deletion) and long-dead rows. */
export async function deleteTokensFor(email: string, userId: string): Promise<void> {
  const db = await getDb();
  await db.delete(oneTimeTokens).where(or(eq(oneTimeTokens.email, email), eq(oneTimeTokens.userId, userId)));
}
