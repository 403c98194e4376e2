import type Stripe from "stripe";
import type { Emulator } from "../engine/context";
import { periodOf } from "../engine/subscriptions";
import type { SubscriptionRecord } from "../state/types";
import { alertBox, escapeHtml, formatDate, formatMoney, intervalLabel } from "./html";

export const REASON_LABELS: Record<string, string> = {
  too_expensive: "It's too expensive",
  missing_features: "Some features are missing",
  switched_service: "I'm switching to a different service",
  unused: "I don't use the service enough",
  customer_service: "Customer service was less than expected",
  too_complex: "Ease of use was less than expected",
  low_quality: "Quality was less than expected",
  other: "Other reason",
};

export function priceLabel(price: Stripe.Price): string {
  if (price.nickname) return price.nickname;
  const names: Record<string, string> = { year: "Annual", month: "Monthly", week: "Weekly", day: "Daily" };
  return names[price.recurring?.interval ?? ""] ?? price.id;
}

export function priceLine(price: Stripe.Price): string {
  return `${formatMoney(price.unit_amount ?? 0, price.currency)} ${intervalLabel(price.recurring?.interval, price.recurring?.interval_count)}`;
}

function statusLine(sub: Stripe.Subscription): string {
  const end = periodOf(sub).end;
  if (sub.status === "canceled") return `Canceled${sub.ended_at ? ` on ${formatDate(sub.ended_at)}` : ""}`;
  if (sub.cancel_at) return `Your plan will be canceled on ${formatDate(sub.cancel_at)}`;
  if (sub.status === "trialing" && sub.trial_end) return `Trial ends ${formatDate(sub.trial_end)}`;
  if (sub.status === "past_due") return "Payment failed. Update your payment method to keep your plan.";
  if (sub.status === "paused") return "Paused: add a payment method to resume";
  return `Renews ${formatDate(end)}`;
}

// Prices the configuration lets this subscription switch to.
export function switchablePrices(
  em: Emulator,
  config: Stripe.BillingPortal.Configuration,
  sub: Stripe.Subscription,
): Stripe.Price[] {
  const update = config.features.subscription_update;
  if (!update.enabled || sub.status === "canceled") return [];
  const current = new Set(sub.items.data.map((i) => i.price.id));
  return (update.products ?? [])
    .flatMap((p) => p.prices)
    .map((id) => em.state.prices[id])
    .filter((p): p is Stripe.Price => p !== undefined && p.active && !current.has(p.id));
}

function formButton(
  method: "get" | "post",
  action: string,
  label: string,
  fields: Record<string, string>,
  style: string,
): string {
  const hidden = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  return `<form class="inline" method="${method}" action="${escapeHtml(action)}">${hidden}<button type="submit"${style ? ` class="${style}"` : ""}>${escapeHtml(label)}</button></form>`;
}

function getButton(action: string, label: string, fields: Record<string, string>): string {
  return formButton("get", action, label, fields, "secondary");
}

export function postButton(
  action: string,
  label: string,
  fields: Record<string, string>,
  style = "",
): string {
  return formButton("post", action, label, fields, style);
}

export function planSection(
  em: Emulator,
  base: string,
  config: Stripe.BillingPortal.Configuration,
  rec: SubscriptionRecord,
): string {
  const sub = rec.sub;
  const item = sub.items.data[0];
  if (!item) return "";
  const actions: string[] = [];
  if (sub.status !== "canceled") {
    if (sub.cancel_at_period_end || sub.cancel_at)
      actions.push(postButton(`${base}/renew`, "Renew plan", { subscription: sub.id }));
    else if (config.features.subscription_cancel.enabled)
      actions.push(getButton(`${base}/cancel`, "Cancel plan", { subscription: sub.id }));
    for (const price of switchablePrices(em, config, sub)) {
      actions.push(
        postButton(
          `${base}/switch`,
          `Switch to ${priceLabel(price)}`,
          { subscription: sub.id, price: price.id },
          "secondary",
        ),
      );
    }
  }
  return `<section class="panel" aria-labelledby="plan-${escapeHtml(sub.id)}">
<h2 id="plan-${escapeHtml(sub.id)}">Current plan</h2>
<p><strong>${escapeHtml(priceLabel(item.price))}</strong> · ${escapeHtml(priceLine(item.price))}</p>
<p class="muted" data-testid="subscription-status">${escapeHtml(statusLine(sub))}</p>
<div class="actions">${actions.join("")}</div>
</section>`;
}

export function paymentSection(
  em: Emulator,
  base: string,
  customer: Stripe.Customer,
  sub: Stripe.Subscription | undefined,
): string {
  const pmId =
    (typeof sub?.default_payment_method === "string" ? sub.default_payment_method : null) ??
    customer.invoice_settings.default_payment_method;
  const pm = typeof pmId === "string" ? em.state.paymentMethods[pmId]?.pm : undefined;
  const card = pm?.card
    ? `${pm.card.brand.toUpperCase()} •••• ${escapeHtml(pm.card.last4)} (expires ${pm.card.exp_month}/${pm.card.exp_year})`
    : "No payment method on file";
  return `<section class="panel" aria-labelledby="pm-title"><h2 id="pm-title">Payment method</h2><p>${card}</p>
<div class="actions">${getButton(`${base}/payment-method`, "Update payment method", {})}</div></section>`;
}

export function invoiceSection(em: Emulator, customerId: string): string {
  const invoices = Object.values(em.state.invoices)
    .filter((inv) => inv.customer === customerId)
    .sort((a, b) => b.created - a.created);
  const rows = invoices
    .map(
      (inv) =>
        `<tr><td>${formatDate(inv.created)}</td><td>${formatMoney(inv.total, inv.currency)}</td><td>${escapeHtml(inv.status)}</td></tr>`,
    )
    .join("");
  return `<section class="panel" aria-labelledby="inv-title"><h2 id="inv-title">Invoice history</h2>
${invoices.length ? `<table><thead><tr><th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>` : '<p class="muted">No invoices yet.</p>'}</section>`;
}

export function portalHeader(
  em: Emulator,
  session: Stripe.BillingPortal.Session,
  notice: string | null,
  error: string | null,
): string {
  const back = session.return_url
    ? `<p><a href="${escapeHtml(session.return_url)}">Return to ${escapeHtml(em.options.businessName)}</a></p>`
    : "";
  const customer = em.state.customers[session.customer];
  return `<header><p class="muted">${escapeHtml(em.options.businessName)}</p>${back}
<h1>Manage your subscription</h1><p class="muted">${escapeHtml(customer?.email ?? "")}</p>
${notice ? `<div class="notice" role="status">${escapeHtml(notice)}</div>` : ""}${alertBox(error)}</header>`;
}
