import "server-only";
import { and, eq, like } from "drizzle-orm";
import { getDb } from "../client";
import { memberships, users } from "../schema";
import { renameHistorySubscription } from "./membership-history";

// The seed's demo memberships carry made-up Stripe ids (sub_demo_*). With the local emulator, billing
// replaces them with real objects (lib/billing/demo-memberships.ts); these are its reads and writes.

export interface DemoMembership {
  userId: string;
  email: string;
  name: string | null;
  subscriptionId: string;
  plan: "monthly" | "annual";
  status: string;
  trialEnd: Date | null;
}

export async function listPlaceholderDemoMemberships(): Promise<DemoMembership[]> {
  const db = await getDb();
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      subscriptionId: memberships.stripeSubscriptionId,
      plan: memberships.plan,
      status: memberships.status,
      trialEnd: memberships.trialEnd,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(like(memberships.stripeSubscriptionId, "sub\\_demo\\_%"));
}

/** Points a demo user and their membership at the real customer and subscription (the sync fills the rest). */
export async function replaceDemoStripeIds(
  demo: DemoMembership,
  ids: { customerId: string; subscriptionId: string },
): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ stripeCustomerId: ids.customerId, updatedAt: new Date() })
      .where(eq(users.id, demo.userId));
    await tx
      .update(memberships)
      .set({
        stripeCustomerId: ids.customerId,
        stripeSubscriptionId: ids.subscriptionId,
        updatedAt: new Date(),
      })
      .where(
        and(eq(memberships.userId, demo.userId), eq(memberships.stripeSubscriptionId, demo.subscriptionId)),
      );
    await renameHistorySubscription(tx, demo.subscriptionId, ids.subscriptionId);
  });
}
