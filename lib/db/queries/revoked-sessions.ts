import "server-only";
import { eq, lt } from "drizzle-orm";
import { getDb } from "../client";
import { revokedSessions } from "../schema";

// Session ids (the `sid` in a session JWT) that were signed out: their tokens no longer open anything.

export async function revokeSession(id: string, userId: string, expiresAt: Date, now: Date): Promise<void> {
  const db = await getDb();
  await db.insert(revokedSessions).values({ id, userId, expiresAt }).onConflictDoNothing();
  // Tidy as we go: a row is useless once every token it could stop has expired.
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
}

export async function isSessionRevoked(id: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: revokedSessions.id })
    .from(revokedSessions)
    .where(eq(revokedSessions.id, id))
    .limit(1);
  return row !== undefined;
}
