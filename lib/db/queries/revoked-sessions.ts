import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { getDb } from "../client";
import { revokedSessions } from "../schema";

// Session ids (the `sid` in a session JWT) that were signed out: their tokens no longer open anything.

export async function revokeSession(id: string, userId: string, expiresAt: Date, now: Date): Promise<void> {
  const db = await getDb();
  // Only for a user who still exists: signing out right after deleting the account is normal, and the
  // deleted user's tokens are refused anyway (no user row), so there is nothing left to revoke.
  await db.execute(sql`
    insert into revoked_sessions (id, user_id, expires_at)
    select ${id}, users.id, ${expiresAt.toISOString()}::timestamptz from users where users.id = ${userId}
    on conflict do nothing`);
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
