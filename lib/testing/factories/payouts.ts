import { getDb } from "../../db/client";
import { membershipPayments } from "../../db/schema";

// Test data for publisher payouts: a paid membership invoice as the billing sync records it, at a chosen time.

let sequence = 0;

export async function createMembershipPayment(input: {
  netMinor: number;
  paidAt: Date;
  currency?: string;
}): Promise<void> {
  const db = await getDb();
  sequence += 1;
  await db.insert(membershipPayments).values({
    stripeInvoiceId: `in_test_${Date.now().toString(36)}_${sequence}`,
    stripeSubscriptionId: `sub_test_${sequence}`,
    currency: input.currency ?? "gbp",
    netMinor: input.netMinor,
    paidAt: input.paidAt,
  });
}
