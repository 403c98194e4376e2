import "server-only";
import type Stripe from "stripe";
import { listMemberships, type BillingUser } from "../db/queries/billing";
import type { Membership } from "../db/schema";
import { CHECKOUT_BLOCKING_STATUSES } from "./checkout";
import { callStripe, isPaymentsUnavailable, isResourceMissing } from "./errors";
import { toMembershipFields, type TimeFrame } from "./membership-fields";
import { getStripe } from "./stripe-client";
import { syncSubscription } from "./sync";
import { deliverNow } from "../email/send";

// What the membership page shows: the stored row (refreshed from Stripe when it can be), plus the
// details only Stripe keeps: card, next charge, invoices.

export interface InvoiceLine {
  id: string;
  date: Date;
  amountMinor: number;
  currency: string;
  status: string;
  url: string | null;
}

export interface MembershipOverview {
  membership: Membership | null;
  /** "unavailable": Stripe didn't answer; "unknown": Stripe has no such subscription (seeded demo data). */
  stripe: "ok" | "unavailable" | "unknown" | "none";
  card: { brand: string; last4: string } | null;
  nextCharge: { date: Date; amountMinor: number; currency: string } | null;
  invoices: InvoiceLine[];
}

function cardOf(pm: string | Stripe.PaymentMethod | null | undefined): MembershipOverview["card"] {
  if (!pm || typeof pm === "string" || !pm.card) return null;
  return { brand: pm.card.brand, last4: pm.card.last4 };
}

function nextChargeOf(sub: Stripe.Subscription, frame: TimeFrame): MembershipOverview["nextCharge"] {
  const fields = toMembershipFields(sub, frame);
  const price = sub.items.data[0]?.price;
  if (
    !price?.unit_amount ||
    sub.cancel_at_period_end ||
    !["trialing", "active", "past_due"].includes(sub.status)
  ) {
    return null;
  }
  const date = sub.status === "trialing" ? fields.trialEnd : fields.currentPeriodEnd;
  return date
    ? { date, amountMinor: price.unit_amount * (sub.items.data[0]?.quantity ?? 1), currency: price.currency }
    : null;
}

async function defaultCard(stripe: Stripe, sub: Stripe.Subscription) {
  const own = cardOf(sub.default_payment_method);
  if (own) return own;
  const customerId = typeof sub.customer === "string" ? sub.customer : sub.customer.id;
  const customer = await stripe.customers.retrieve(customerId, {
    expand: ["invoice_settings.default_payment_method"],
  });
  return customer.deleted ? null : cardOf(customer.invoice_settings.default_payment_method);
}

/** `user` is the signed-in user's row as the page already has it (no second read). */
export async function getMembershipOverview(
  user: Pick<BillingUser, "id" | "stripeCustomerId">,
): Promise<MembershipOverview> {
  const rows = await listMemberships(user.id);
  const live = rows.find((m) => CHECKOUT_BLOCKING_STATUSES.has(m.status));
  const stored = live ?? rows[0] ?? null;
  const empty = { card: null, nextCharge: null, invoices: [] };
  if (!stored || !user.stripeCustomerId) return { membership: stored, stripe: "none", ...empty };
  try {
    const stripe = getStripe();
    // Same sync as the webhook: if one was missed, the page heals the row instead of showing stale state.
    // The subscription the sync read is the one shown: one read from Stripe per page.
    const { result, read, mailIds } = await syncSubscription({
      subscriptionId: stored.stripeSubscriptionId,
      customerId: stored.stripeCustomerId,
    });
    void deliverNow(mailIds); // a change this page saw first (a missed webhook) is mailed now; never throws
    if (!read) return { membership: stored, stripe: "unknown", ...empty };
    const { subscription: sub, frame } = read;
    const membership = result.outcome === "applied" && result.current ? result.current : stored;
    const [card, invoices] = await Promise.all([
      callStripe(() => defaultCard(stripe, sub)),
      callStripe(() => stripe.invoices.list({ customer: user.stripeCustomerId ?? "", limit: 12 })),
    ]);
    return {
      membership,
      stripe: "ok",
      card,
      nextCharge: nextChargeOf(sub, frame),
      invoices: invoices.data.map((inv) => ({
        id: inv.id ?? "",
        date: new Date((inv.created - frame.clockLeadSeconds) * 1000),
        amountMinor: inv.status === "paid" ? inv.amount_paid : inv.amount_due,
        currency: inv.currency,
        status: inv.status ?? "draft",
        url: inv.hosted_invoice_url ?? null,
      })),
    };
  } catch (error) {
    if (isPaymentsUnavailable(error)) {
      return { membership: stored, stripe: "unavailable", ...empty };
    }
    if (isResourceMissing(error)) return { membership: stored, stripe: "unknown", ...empty };
    throw error;
  }
}
