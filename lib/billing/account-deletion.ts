import "server-only";
import { findBillingUser } from "../db/queries/billing";
import { sendMail } from "../email/send";
import { accountDeletedMail } from "./change-emails";
import { callStripe } from "./errors";
import { getStripe } from "./stripe-client";

// Deleting an account ends its membership in Stripe first, so nobody is charged for an account that is gone.
// Throws PaymentsUnavailableError when Stripe can't be reached: the caller must then keep the account.

const ENDED = new Set(["canceled", "incomplete_expired"]);

export async function cancelMembershipForDeletedUser(userId: string): Promise<{ canceled: string[] }> {
  const user = await findBillingUser(userId);
  const customer = user?.stripeCustomerId;
  // Seeded demo customers (cus_demo_*) never existed in Stripe: nothing to cancel there.
  if (!customer || customer.startsWith("cus_demo_")) return { canceled: [] };
  const stripe = getStripe();
  const canceled: string[] = [];
  await callStripe(async () => {
    for await (const sub of stripe.subscriptions.list({ customer, status: "all", limit: 100 })) {
      if (ENDED.has(sub.status)) continue;
      await stripe.subscriptions.cancel(sub.id, { invoice_now: false, prorate: false });
      canceled.push(sub.id);
    }
  });
  return { canceled };
}

/** The last mail to an account just erased (after the erase, which removes the mail it had). Never throws. */
export async function sendAccountDeletedMail(email: string): Promise<void> {
  try {
    await sendMail(accountDeletedMail(email));
  } catch (error) {
    console.error("account deleted: confirmation mail not stored", { error });
  }
}
