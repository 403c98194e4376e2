import type Stripe from "stripe";
import type { SubscriptionRecord } from "../state/types";
import type { Emulator } from "./context";
import { buildInvoice, type InvoiceLineInput } from "./invoice-builder";
import { prorationLines } from "./invoicing";
import { DAY, periodEndFor } from "./periods";
import { cycleLines, periodOf, trialEndWithoutCard } from "./subscriptions";

// invoice.upcoming: Stripe announces a renewal's invoice a few days ahead (Billing settings → "upcoming
// renewal events", `upcomingRenewalDays` here), once per period, for invoices it will charge automatically.

/** The lines the next period's invoice will carry: pending prorations and the next period. */
export function nextCycleLines(em: Emulator, rec: SubscriptionRecord): InvoiceLineInput[] {
  const sub = rec.sub;
  const start = sub.status === "trialing" && sub.trial_end ? sub.trial_end : periodOf(sub).end;
  const price = sub.items.data[0]?.price;
  const end = price ? periodEndFor(start, price) : start;
  return [...prorationLines(em, rec), ...cycleLines(sub, start, end)];
}

/** When invoice.upcoming is due for this period, or null when no renewal invoice is coming or it was sent. */
export function upcomingAt(em: Emulator, rec: SubscriptionRecord): number | null {
  const sub = rec.sub;
  const days = em.options.upcomingRenewalDays;
  const period = periodOf(sub);
  if (days <= 0 || (rec.upcomingSentFor ?? null) === period.end) return null;
  if (!["trialing", "active", "past_due"].includes(sub.status)) return null;
  if (sub.cancel_at !== null && sub.cancel_at <= period.end) return null;
  // A trial that will end without a card and without an invoice (cancel, pause) has nothing to announce.
  if (sub.status === "trialing" && trialEndWithoutCard(em, sub)) return null;
  const at = period.end - days * DAY;
  // Periods shorter than the notice get none, as at Stripe.
  return at > period.start ? at : null;
}

/** The invoice the renewal will bring, as invoice.upcoming carries it: no id, nothing stored. */
export function upcomingInvoice(em: Emulator, rec: SubscriptionRecord): Omit<Stripe.Invoice, "id"> {
  const built = buildInvoice(em, rec.sub, "upcoming", nextCycleLines(em, rec));
  const { id: _id, ...invoice } = built;
  return {
    ...invoice,
    hosted_invoice_url: null,
    next_payment_attempt: periodOf(rec.sub).end,
    lines: { ...invoice.lines, data: invoice.lines.data.map((line) => ({ ...line, invoice: null })) },
  };
}
