import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { saveStripeCustomerId } from "@/lib/db/queries/billing";
import { insertMembership } from "@/lib/db/queries/memberships";
import type { NewMembership } from "@/lib/db/schema";
import { createUser, type CreateUserInput } from "./accounts";

// Billing test data: users tied to a Stripe customer, and webhook deliveries signed the way Stripe signs them.

export async function createCustomerUser(customerId: string, input: CreateUserInput = {}) {
  const { user, password } = await createUser(input);
  await saveStripeCustomerId(user.id, customerId);
  return { user: { ...user, stripeCustomerId: customerId }, password };
}

/** A `Stripe-Signature` header for `payload`: t=<unix seconds>,v1=<HMAC-SHA256 of "t.payload">. */
export function signStripePayload(payload: string, secret: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${payload}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

/** A minimal Stripe event envelope around `object` (enough for the webhook handler to route it). */
export function buildStripeEvent(
  type: string,
  object: Record<string, unknown>,
  id = `evt_test_${randomBytes(8).toString("hex")}`,
) {
  return {
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

/** A user whose customer and subscription exist only in our database (like the seeded demo accounts). */
export async function createStoredMember(
  customerId: string,
  subscriptionId: string,
  fields: Pick<NewMembership, "plan" | "status"> & Partial<NewMembership>,
) {
  const { user } = await createCustomerUser(customerId);
  const membership = await insertMembership({
    userId: user.id,
    stripeCustomerId: customerId,
    stripeSubscriptionId: subscriptionId,
    ...fields,
  });
  return { user, membership };
}

/** The reasons a user gave when cancelling, newest first (what the admins see). */
export async function listCancellationReasonsOf(userId: string) {
  const { listCancellationReasons } = await import("@/lib/db/queries/cancellations");
  return (await listCancellationReasons(1000)).filter((r) => r.userId === userId);
}
