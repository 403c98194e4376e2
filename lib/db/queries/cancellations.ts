import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "../client";
import { cancellationReasons, type CancellationReason } from "../schema";

// Reasons members gave when cancelling, for the admins.

export async function insertCancellationReason(values: {
  userId: string;
  stripeSubscriptionId: string;
  reason: string | null;
  comment: string | null;
}): Promise<void> {
  const db = await getDb();
  await db.insert(cancellationReasons).values(values);
}

export async function listCancellationReasons(limit = 100): Promise<CancellationReason[]> {
  const db = await getDb();
  return db.select().from(cancellationReasons).orderBy(desc(cancellationReasons.createdAt)).limit(limit);
}
