import type { Emulator } from "../engine/context";
import { checkoutLineItems, completeCheckout, needsCard } from "../resources/checkout-sessions";
import { idOf } from "../resources/common";
import type { CheckoutRecord } from "../state/types";
import { StripeApiError } from "../wire/errors";
import { readCardForm } from "./card-form";
import { alertBox, cardFields, escapeHtml, formatMoney, intervalLabel, renderPage } from "./html";

export interface PageResponse {
  status: number;
  html?: string;
  redirect?: string;
}

function trialDays(rec: CheckoutRecord, now: number): number | null {
  if (rec.trialPeriodDays !== null) return rec.trialPeriodDays;
  return rec.trialEnd !== null ? Math.max(1, Math.round((rec.trialEnd - now) / 86_400)) : null;
}

function summary(em: Emulator, rec: CheckoutRecord, now: number): string {
  const items = checkoutLineItems(em, rec);
  const first = items[0];
  const recurring = first?.price?.recurring;
  const perPeriod = items.reduce((sum, item) => sum + item.amount_total, 0);
  const price = `${formatMoney(perPeriod, rec.session.currency ?? "usd")} ${intervalLabel(recurring?.interval, recurring?.interval_count)}`;
  const days = trialDays(rec, now);
  const lines = items
    .map((item) => `<li>${escapeHtml(item.description)} × ${item.quantity ?? 1}</li>`)
    .join("");
  return `<section class="panel" aria-labelledby="summary-title">
<p class="muted">${escapeHtml(em.options.businessName)}</p>
<h1 id="summary-title">${days ? `Try ${escapeHtml(first?.description ?? "it")}` : `Subscribe to ${escapeHtml(first?.description ?? "")}`}</h1>
<p class="amount">${days ? `${days} days free` : escapeHtml(price)}</p>
${days ? `<p>Then ${escapeHtml(price)}</p>` : ""}
<ul class="muted">${lines}</ul>
</section>`;
}

function renderForm(
  em: Emulator,
  rec: CheckoutRecord,
  values: Record<string, string>,
  error: string | null,
): string {
  const session = rec.session;
  const now = em.now(em.clockOfCustomer(idOf(session.customer)));
  const cardRequired = needsCard(rec);
  const hasTrial = trialDays(rec, now) !== null;
  const askEmail = !session.customer && !session.customer_email;
  const email = askEmail
    ? `<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(values.email)}">`
    : `<p class="muted">${escapeHtml(session.customer_email ?? em.state.customers[String(session.customer)]?.email ?? "")}</p>`;
  const back = session.cancel_url
    ? `<p><a href="${escapeHtml(session.cancel_url)}">Back to ${escapeHtml(em.options.businessName)}</a></p>`
    : "";
  const body = `${summary(em, rec, now)}
<section class="panel" aria-labelledby="pay-title">
<h2 id="pay-title">${cardRequired ? "Pay with card" : "Payment details"}</h2>
${alertBox(error)}
<form method="post" action="/checkout/${escapeHtml(session.id)}" novalidate>
${email}
<fieldset><legend>Card information${cardRequired ? "" : " (optional)"}</legend>
${cardRequired ? "" : '<p class="muted" id="card-optional">No card needed to start your free trial. You can add one later.</p>'}
${cardFields(values, cardRequired)}
</fieldset>
<div class="actions"><button type="submit">${hasTrial ? "Start trial" : "Subscribe"}</button></div>
</form>
${back}
</section>`;
  return renderPage(`${em.options.businessName} – Checkout`, body, { split: true });
}

function renderClosed(rec: CheckoutRecord): string {
  const done = rec.session.status === "complete";
  const link =
    done && rec.session.success_url
      ? `<p><a href="${escapeHtml(rec.session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", rec.session.id))}">Continue</a></p>`
      : "";
  return renderPage(
    "Checkout",
    `<section class="panel"><h1>${done ? "You're all set" : "This checkout session has expired"}</h1>${link}</section>`,
  );
}

export function showCheckout(em: Emulator, id: string): PageResponse {
  const rec = em.state.checkoutSessions[id];
  if (!rec)
    return {
      status: 404,
      html: renderPage("Not found", `<section class="panel"><h1>Checkout session not found</h1></section>`),
    };
  if (rec.session.status !== "open") return { status: 200, html: renderClosed(rec) };
  return { status: 200, html: renderForm(em, rec, {}, null) };
}

export function submitCheckout(em: Emulator, id: string, form: URLSearchParams): PageResponse {
  const rec = em.state.checkoutSessions[id];
  if (!rec) return showCheckout(em, id);
  if (rec.session.status !== "open") return { status: 409, html: renderClosed(rec) };
  const values = Object.fromEntries(form.entries());
  try {
    const card = readCardForm(form, em.now(null));
    const email = (form.get("email") ?? "").trim() || null;
    if (!rec.session.customer && !rec.session.customer_email && !email) {
      return { status: 400, html: renderForm(em, rec, values, "Enter your email address.") };
    }
    const redirect = completeCheckout(em, rec, {
      email,
      name: (form.get("billingName") ?? "").trim() || null,
      card: card?.card ?? null,
      expMonth: card?.expMonth,
      expYear: card?.expYear,
    });
    em.store.commit();
    return { status: 303, redirect };
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    return { status: error.status, html: renderForm(em, rec, values, error.body.message) };
  }
}
