import type Stripe from "stripe";
import type { SubscriptionRecord } from "../state/types";
import { resourceMissing } from "../wire/errors";
import { toPlan } from "../resources/prices";
import type { Emulator } from "./context";
import { periodEndFor, sameInterval } from "./periods";
import { buildSubscriptionItem } from "./subscription-builder";
import { clockOf, cycleLines, invoiceAndCharge, periodOf, setPeriod } from "./subscriptions";

export type ProrationBehavior = "create_prorations" | "none" | "always_invoice";

export interface ItemChange {
  id?: string | undefined;
  price?: Stripe.Price | undefined;
  quantity?: number | undefined;
  deleted?: boolean | undefined;
}

function unusedAmount(
  price: Stripe.Price,
  quantity: number,
  now: number,
  period: { start: number; end: number },
): number {
  const total = period.end - period.start;
  if (total <= 0) return 0;
  const remaining = Math.max(0, period.end - now);
  return Math.round(((price.unit_amount ?? 0) * quantity * remaining) / total);
}

// Applies `items` from a subscription update. Changing the billing interval restarts the period and
// invoices at once (Stripe resets the anchor); the same interval leaves prorations for the next invoice.
export function applyItemChanges(
  em: Emulator,
  rec: SubscriptionRecord,
  changes: ItemChange[],
  behavior: ProrationBehavior,
): void {
  const sub = rec.sub;
  const now = em.now(clockOf(rec));
  const period = periodOf(sub);
  const trialing = sub.status === "trialing";
  const oldFirstPrice = sub.items.data[0]?.price;
  const prorations: SubscriptionRecord["pendingProrations"] = [];
  for (const change of changes) {
    const item = change.id ? sub.items.data.find((i) => i.id === change.id) : undefined;
    if (change.id && !item) throw resourceMissing("subscription_item", change.id, "items[0][id]");
    if (item && change.deleted) {
      sub.items.data = sub.items.data.filter((i) => i !== item);
      continue;
    }
    if (!item) {
      if (change.price)
        sub.items.data.push(buildSubscriptionItem(sub.id, change.price, change.quantity ?? 1, now, period));
      continue;
    }
    const oldPrice = item.price;
    const oldQuantity = item.quantity ?? 1;
    if (change.price) {
      item.price = change.price;
      item.plan = toPlan(change.price);
    }
    if (change.quantity !== undefined) item.quantity = change.quantity;
    if (!trialing && behavior !== "none" && (change.price || change.quantity !== undefined)) {
      prorations.push({
        description: `Unused time on ${oldPrice.nickname ?? oldPrice.id}`,
        amount: -unusedAmount(oldPrice, oldQuantity, now, period),
        price: oldPrice.id,
        start: now,
        end: period.end,
      });
      if (sameInterval(oldPrice, item.price)) {
        prorations.push({
          description: `Remaining time on ${item.price.nickname ?? item.price.id}`,
          amount: unusedAmount(item.price, item.quantity ?? 1, now, period),
          price: item.price.id,
          start: now,
          end: period.end,
        });
      }
    }
  }
  const newFirst = sub.items.data[0];
  if (!newFirst || !oldFirstPrice) return;
  const intervalChanged = !sameInterval(oldFirstPrice, newFirst.price);
  if (trialing) return;
  rec.pendingProrations.push(...prorations);
  if (intervalChanged) {
    const end = periodEndFor(now, newFirst.price);
    setPeriod(sub, now, end);
    sub.billing_cycle_anchor = now;
    if (sub.cancel_at_period_end) sub.cancel_at = end;
    invoiceAndCharge(em, rec, "subscription_update", cycleLines(sub, now, end));
  } else if (behavior === "always_invoice" && rec.pendingProrations.length > 0) {
    invoiceAndCharge(em, rec, "subscription_update", []);
  }
}
