import type Stripe from "stripe";
import type { Emulator } from "../engine/context";
import { periodOf } from "../engine/subscriptions";
import { idOf } from "../resources/common";
import { getConfiguration } from "../resources/portal-configurations";
import type { SubscriptionRecord } from "../state/types";
import type { PageResponse } from "./checkout-page";
import { cardFields, escapeHtml, formatDate, renderPage } from "./html";
import {
  REASON_LABELS,
  invoiceSection,
  paymentSection,
  planSection,
  portalHeader,
  postButton,
  priceLabel,
  priceLine,
  switchablePrices,
} from "./portal-view";

export interface PortalContext {
  em: Emulator;
  session: Stripe.BillingPortal.Session;
  config: Stripe.BillingPortal.Configuration;
  base: string;
}

export function portalContext(em: Emulator, id: string): PortalContext | null {
  const session = em.state.portalSessions[id];
  if (!session) return null;
  const config = getConfiguration(em, idOf(session.configuration) ?? "");
  return { em, session, config, base: `/portal/${session.id}` };
}

export function notFound(): PageResponse {
  return {
    status: 404,
    html: renderPage(
      "Not found",
      `<section class="panel"><h1>This portal session is not valid</h1></section>`,
    ),
  };
}

export function customerSubscriptions(ctx: PortalContext): SubscriptionRecord[] {
  return Object.values(ctx.em.state.subscriptions)
    .filter(
      (rec) =>
        rec.sub.customer === ctx.session.customer &&
        rec.sub.status !== "canceled" &&
        rec.sub.status !== "incomplete_expired",
    )
    .sort((a, b) => b.sub.created - a.sub.created);
}

// A subscription named in a form or the flow, only if it belongs to this portal's customer.
export function ownedSubscription(ctx: PortalContext, id: string | null): SubscriptionRecord | undefined {
  const rec = id ? ctx.em.state.subscriptions[id] : undefined;
  return rec && rec.sub.customer === ctx.session.customer ? rec : undefined;
}

function page(
  ctx: PortalContext,
  body: string,
  notice: string | null = null,
  error: string | null = null,
  status = 200,
): PageResponse {
  return {
    status,
    html: renderPage(
      `${ctx.em.options.businessName} – Billing`,
      `${portalHeader(ctx.em, ctx.session, notice, error)}${body}`,
    ),
  };
}

// Leaving a page without acting: inside a deep-link flow back to the app, else to the portal home
// (home=1, or the flow would open again; a GET form drops the query string of its action).
function backButton(ctx: PortalContext, label: string): string {
  const toApp = ctx.session.flow !== null && ctx.session.return_url !== null;
  const action = toApp ? (ctx.session.return_url ?? ctx.base) : ctx.base;
  const hidden = toApp ? "" : '<input type="hidden" name="home" value="1">';
  return `<form method="get" action="${escapeHtml(action)}">${hidden}<div class="actions"><button type="submit" class="secondary">${escapeHtml(label)}</button></div></form>`;
}

export function renderOverview(
  ctx: PortalContext,
  notice: string | null,
  error: string | null = null,
): PageResponse {
  const subs = customerSubscriptions(ctx);
  const customer = ctx.em.state.customers[ctx.session.customer];
  const plans = subs.length
    ? subs.map((rec) => planSection(ctx.em, ctx.base, ctx.config, rec)).join("")
    : `<section class="panel"><h2>Current plan</h2><p>You have no active plan.</p></section>`;
  const pm =
    ctx.config.features.payment_method_update.enabled && customer
      ? paymentSection(ctx.em, ctx.base, customer, subs[0]?.sub)
      : "";
  const invoices = ctx.config.features.invoice_history.enabled
    ? invoiceSection(ctx.em, ctx.session.customer)
    : "";
  return page(ctx, `${plans}${pm}${invoices}`, notice, error);
}

export function renderCancel(
  ctx: PortalContext,
  rec: SubscriptionRecord,
  error: string | null = null,
): PageResponse {
  const cancel = ctx.config.features.subscription_cancel;
  const atPeriodEnd = cancel.mode === "at_period_end";
  const end = periodOf(rec.sub).end;
  const reasons =
    cancel.cancellation_reason.enabled && cancel.cancellation_reason.options.length
      ? `<fieldset><legend>Tell us why you're leaving (optional)</legend>${cancel.cancellation_reason.options
          .map(
            (o) =>
              `<label class="radio"><input type="radio" name="reason" value="${escapeHtml(o)}"> ${escapeHtml(REASON_LABELS[o] ?? o)}</label>`,
          )
          .join(
            "",
          )}</fieldset><label for="comment">Anything else you'd like to share?</label><textarea id="comment" name="comment" rows="3"></textarea>`
      : "";
  const explain = atPeriodEnd
    ? `Your plan will be canceled, but is still available until the end of your billing period on ${formatDate(end)}.`
    : "Your plan will be canceled immediately.";
  const body = `<section class="panel" aria-labelledby="cancel-title"><h2 id="cancel-title">Cancel your plan</h2><p>${escapeHtml(explain)}</p>
<form method="post" action="${escapeHtml(ctx.base)}/cancel"><input type="hidden" name="subscription" value="${escapeHtml(rec.sub.id)}">${reasons}
<div class="actions"><button type="submit" class="danger">Cancel plan</button></div></form>
${backButton(ctx, "Don't cancel")}</section>`;
  return page(ctx, body, null, error);
}

export function renderUpdate(ctx: PortalContext, rec: SubscriptionRecord): PageResponse {
  const current = rec.sub.items.data[0]?.price;
  const options = switchablePrices(ctx.em, ctx.config, rec.sub)
    .map(
      (price) =>
        `<li><strong>${escapeHtml(priceLabel(price))}</strong> · ${escapeHtml(priceLine(price))} ${postButton(`${ctx.base}/switch`, `Switch to ${priceLabel(price)}`, { subscription: rec.sub.id, price: price.id })}</li>`,
    )
    .join("");
  const body = `<section class="panel" aria-labelledby="update-title"><h2 id="update-title">Update your plan</h2>
${current ? `<p>Current plan: <strong>${escapeHtml(priceLabel(current))}</strong> · ${escapeHtml(priceLine(current))}</p>` : ""}<ul>${options || "<li>No other plans are available.</li>"}</ul></section>`;
  return page(ctx, body);
}

export function renderConfirm(
  ctx: PortalContext,
  rec: SubscriptionRecord,
  price: Stripe.Price,
): PageResponse {
  const body = `<section class="panel" aria-labelledby="confirm-title"><h2 id="confirm-title">Confirm your new plan</h2>
<p><strong>${escapeHtml(priceLabel(price))}</strong> · ${escapeHtml(priceLine(price))}</p>
<div class="actions">${postButton(`${ctx.base}/switch`, "Confirm", { subscription: rec.sub.id, price: price.id })}</div></section>`;
  return page(ctx, body);
}

export function renderPaymentMethod(
  ctx: PortalContext,
  values: Record<string, string>,
  error: string | null = null,
  status = 200,
): PageResponse {
  const body = `<section class="panel" aria-labelledby="card-title"><h2 id="card-title">Update payment method</h2>
<form method="post" action="${escapeHtml(ctx.base)}/payment-method" novalidate>${cardFields(values, true)}
<div class="actions"><button type="submit">Save card</button></div></form>
${backButton(ctx, "Go back")}</section>`;
  return page(ctx, body, null, error, status);
}

export function renderConfirmation(ctx: PortalContext, message: string): PageResponse {
  return page(
    ctx,
    `<section class="panel"><h2>Done</h2><p role="status">${escapeHtml(message)}</p></section>`,
  );
}
