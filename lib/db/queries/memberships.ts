import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { memberships, type Membership, type NewMembership } from "../schema";

// Read side of memberships (billing owns the writes): the row that decides what a user may read.

/** Statuses under which a membership may still read: chosen before any other (here and in member-gate.ts). */
export const LIVE_FIRST = ["trialing", "active", "past_due"];

/**
 * The user's current membership: a live one (trialing/active/past_due) if any, else the most recently updated.
 * A person normally has one subscription; an old canceled row must not hide a new active one.
 */
export async function findCurrentMembership(userId: string): Promise<Membership | null> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(desc(memberships.updatedAt), desc(memberships.id))
    .limit(10);
  return rows.find((row) => LIVE_FIRST.includes(row.status)) ?? rows[0] ?? null;
}

/** A membership row as given (factories and the seed; Stripe-driven writes go through billing's upsert). */
export async function insertMembership(values: NewMembership): Promise<Membership> {
  const db = await getDb();
  const [row] = await db.insert(memberships).values(values).returning();
  if (!row) throw new Error("membership insert returned no row");
  return row;
}
