import { z } from "zod";
import type { Emulator } from "../engine/context";
import { applyItemChanges } from "../engine/price-switch";
import {
  cancelNow,
  resumeSubscription,
  setCancelAtPeriodEnd,
  updateWithEvent,
} from "../engine/subscriptions";
import { setDefaultPaymentMethod } from "../resources/customers";
import { payInvoice } from "../resources/invoices";
import { attachPaymentMethod, createCardPaymentMethod } from "../resources/payment-methods";
import { StripeApiError } from "../wire/errors";
import { cancellationFeedback } from "../wire/params";
import { readCardForm } from "./card-form";
import type { PageResponse } from "./checkout-page";
import {
  customerSubscriptions,
  notFound,
  ownedSubscription,
  portalContext,
  renderCancel,
  renderConfirm,
  renderConfirmation,
  renderOverview,
  renderPaymentMethod,
  renderUpdate,
  type PortalContext,
} from "./portal-page";
import { switchablePrices } from "./portal-view";

const prorationSchema = z.enum(["create_prorations", "none", "always_invoice"]).catch("create_prorations");

// After an action: follow flow_data.after_completion, else back to the portal home with a notice.
function finish(ctx: PortalContext, notice: string): PageResponse {
  ctx.em.store.commit();
  const after = ctx.session.flow?.after_completion;
  if (after?.type === "redirect" && after.redirect)
    return { status: 303, redirect: after.redirect.return_url };
  if (after?.type === "hosted_confirmation")
    return renderConfirmation(ctx, after.hosted_confirmation?.custom_message ?? notice);
  return { status: 303, redirect: `${ctx.base}?notice=${encodeURIComponent(notice)}` };
}

function flowEntry(ctx: PortalContext): PageResponse | null {
  const flow = ctx.session.flow;
  if (!flow) return null;
  if (flow.type === "payment_method_update") return renderPaymentMethod(ctx, {});
  const subId =
    flow.subscription_cancel?.subscription ??
    flow.subscription_update?.subscription ??
    flow.subscription_update_confirm?.subscription ??
    null;
  const rec = ownedSubscription(ctx, subId);
  if (!rec || rec.sub.status === "canceled") return null;
  if (flow.type === "subscription_cancel") return renderCancel(ctx, rec);
  if (flow.type === "subscription_update") return renderUpdate(ctx, rec);
  const priceId = flow.subscription_update_confirm?.items[0]?.price;
  const price = priceId ? ctx.em.state.prices[priceId] : undefined;
  return price ? renderConfirm(ctx, rec, price) : null;
}

export function showPortal(em: Emulator, id: string, subpath: string, query: URLSearchParams): PageResponse {
  const ctx = portalContext(em, id);
  if (!ctx) return notFound();
  if (subpath === "") {
    const notice = query.get("notice");
    return (
      (notice === null && query.get("home") === null ? flowEntry(ctx) : null) ?? renderOverview(ctx, notice)
    );
  }
  if (subpath === "/cancel") {
    const rec = ownedSubscription(ctx, query.get("subscription")) ?? customerSubscriptions(ctx)[0];
    return rec && ctx.config.features.subscription_cancel.enabled
      ? renderCancel(ctx, rec)
      : renderOverview(ctx, null, "This plan can't be canceled here.");
  }
  if (subpath === "/payment-method" && ctx.config.features.payment_method_update.enabled)
    return renderPaymentMethod(ctx, {});
  return notFound();
}

function cancelAction(ctx: PortalContext, form: URLSearchParams): PageResponse {
  const rec = ownedSubscription(ctx, form.get("subscription"));
  if (!rec || rec.sub.status === "canceled" || !ctx.config.features.subscription_cancel.enabled)
    return renderOverview(ctx, null, "This plan can't be canceled.");
  const reason = cancellationFeedback.safeParse(form.get("reason"));
  const feedback = reason.success ? reason.data : null;
  const comment = (form.get("comment") ?? "").trim() || null;
  if (ctx.config.features.subscription_cancel.mode === "immediately") {
    cancelNow(ctx.em, rec, { reason: "cancellation_requested", feedback, comment });
    return finish(ctx, "Your plan has been canceled.");
  }
  setCancelAtPeriodEnd(ctx.em, rec, true, { feedback, comment });
  return finish(
    ctx,
    "Your plan has been canceled. You can still use it until the end of the billing period.",
  );
}

function renewAction(ctx: PortalContext, form: URLSearchParams): PageResponse {
  const rec = ownedSubscription(ctx, form.get("subscription"));
  if (!rec || rec.sub.status === "canceled") return renderOverview(ctx, null, "This plan can't be renewed.");
  setCancelAtPeriodEnd(ctx.em, rec, false);
  return finish(ctx, "Your plan has been renewed.");
}

function switchAction(ctx: PortalContext, form: URLSearchParams): PageResponse {
  const rec = ownedSubscription(ctx, form.get("subscription"));
  const price = rec
    ? switchablePrices(ctx.em, ctx.config, rec.sub).find((p) => p.id === form.get("price"))
    : undefined;
  const item = rec?.sub.items.data[0];
  if (!rec || !price || !item) return renderOverview(ctx, null, "That plan is not available.");
  const behavior = prorationSchema.parse(ctx.config.features.subscription_update.proration_behavior);
  updateWithEvent(ctx.em, rec, () => applyItemChanges(ctx.em, rec, [{ id: item.id, price }], behavior));
  return finish(ctx, "Your plan has been updated.");
}

function paymentMethodAction(ctx: PortalContext, form: URLSearchParams): PageResponse {
  const values = Object.fromEntries(form.entries());
  const customer = ctx.em.state.customers[ctx.session.customer];
  if (!customer) return notFound();
  try {
    const input = readCardForm(form, ctx.em.now(null));
    if (!input) return renderPaymentMethod(ctx, values, "Enter your card number.", 400);
    const clock = ctx.em.clockOfCustomer(customer.id);
    const record = createCardPaymentMethod(ctx.em, input.card, {
      expMonth: input.expMonth,
      expYear: input.expYear,
      name: values.billingName ?? null,
      clock,
    });
    attachPaymentMethod(ctx.em, record, customer.id);
    setDefaultPaymentMethod(ctx.em, customer, record.pm.id);
    for (const rec of customerSubscriptions(ctx)) {
      updateWithEvent(ctx.em, rec, () => {
        rec.sub.default_payment_method = record.pm.id;
      });
      // Like the portal's "pay now": settle what is overdue with the new card.
      const latest =
        typeof rec.sub.latest_invoice === "string"
          ? ctx.em.state.invoices[rec.sub.latest_invoice]
          : undefined;
      if (rec.sub.status === "past_due" && latest?.status === "open")
        payInvoice(ctx.em, latest, record.pm.id);
      if (rec.sub.status === "paused") resumeSubscription(ctx.em, rec);
    }
    return finish(ctx, "Your payment method has been updated.");
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    return renderPaymentMethod(ctx, values, error.body.message, error.status);
  }
}

export function submitPortal(em: Emulator, id: string, subpath: string, form: URLSearchParams): PageResponse {
  const ctx = portalContext(em, id);
  if (!ctx) return notFound();
  if (subpath === "/cancel") return cancelAction(ctx, form);
  if (subpath === "/renew") return renewAction(ctx, form);
  if (subpath === "/switch") return switchAction(ctx, form);
  if (subpath === "/payment-method" && ctx.config.features.payment_method_update.enabled)
    return paymentMethodAction(ctx, form);
  return notFound();
}
