import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { users, type User } from "../schema";

// Users: lookups for sign-in and sessions, and the account page's changes.

export type UserRole = User["role"];

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(id: string): Promise<User | null> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function findUserByEmail(email: string): Promise<User | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row ?? null;
}

export interface NewUserInput {
  email: string;
  passwordHash?: string | null;
  name?: string | null;
  role?: UserRole;
  emailVerified?: Date | null;
}

/** Inserts a user; answers null when the email is already taken (a race between two sign-ups). */
export async function insertUser(input: NewUserInput): Promise<User | null> {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      passwordHash: input.passwordHash ?? null,
      name: input.name ?? null,
      role: input.role ?? "reader",
      emailVerified: input.emailVerified ?? null,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row ?? null;
}

export async function updateUserName(id: string, name: string | null): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, id));
}

export async function markEmailVerified(id: string, at: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ emailVerified: at, updatedAt: new Date() }).where(eq(users.id, id));
}

/** Sets a new password and ends every other session (a reset or change means the old one may be known). */
export async function updatePasswordHash(id: string, passwordHash: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
}

/** Changes the email (already verified by the caller); false when another account has it. */
export async function updateEmail(id: string, email: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(users)
    .set({ email: normaliseEmail(email), emailVerified: new Date(), updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ id: users.id })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return [];
      throw error;
    });
  return rows.length > 0;
}

/** "Sign out everywhere": every JWT carrying the old version stops working. Returns the new version. */
export async function bumpSessionVersion(id: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? null;
}

/** Deletes the user; accounts, sessions, tokens and memberships go with it (ON DELETE CASCADE), reads are kept anonymous. */
export async function deleteUser(id: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code === "23505";
}
