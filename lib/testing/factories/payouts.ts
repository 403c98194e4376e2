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

/**
 * A payout month's worth of test data (browser tests): per title a new publisher named as given with one story,
 * members' reads (and optionally non-members') in the middle of `month` (YYYY-MM), and one payment of `netMinor`.
 */
export async function createPayoutMonthData(input: {
  month: string;
  netMinor: number;
  titles: { name: string; memberSeconds: number; nonMemberSeconds?: number }[];
}): Promise<{ publisherId: number; slug: string; name: string }[]> {
  const { createArticle, createPublisher } = await import("./content");
  const { createReadRow } = await import("./business");
  const readAt = new Date(`${input.month}-15T12:00:00Z`);
  const made = [];
  for (const title of input.titles) {
    const publisher = await createPublisher({ name: title.name });
    const article = await createArticle({ publisherId: publisher.id });
    await createReadRow({ article, readAt, seconds: title.memberSeconds });
    if (title.nonMemberSeconds)
      await createReadRow({ article, readAt, seconds: title.nonMemberSeconds, audience: "non_member" });
    made.push({ publisherId: publisher.id, slug: publisher.slug, name: publisher.name });
  }
  await createMembershipPayment({ netMinor: input.netMinor, paidAt: readAt });
  return made;
}
