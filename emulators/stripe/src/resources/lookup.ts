import type { Emulator } from "../engine/context";
import { paymentsOf } from "../engine/invoice-payments";
import type { Lookup, Virtual } from "../wire/expand";
import { checkoutLineItems } from "./checkout-sessions";
import { findSubscriptionItem } from "./subscription-items";

// Resolves any id the emulator issued, for `expand[]`.
export function lookupFor(em: Emulator): Lookup {
  const s = em.state;
  return (id) => {
    const prefix = id.startsWith("cs_test_") ? "cs_test" : id.slice(0, id.indexOf("_"));
    switch (prefix) {
      case "cus":
        return s.deletedCustomers.includes(id) ? { id, object: "customer", deleted: true } : s.customers[id];
      case "prod":
        return s.products[id];
      case "price":
        return s.prices[id];
      case "cs_test":
        return s.checkoutSessions[id]?.session;
      case "sub":
        return s.subscriptions[id]?.sub;
      case "si":
        return findSubscriptionItem(em, id);
      case "in":
        return s.invoices[id];
      case "inpay":
        return s.invoicePayments[id];
      case "ch":
        return s.charges[id];
      case "re":
        return s.refunds[id];
      case "seti":
        return s.setupIntents[id];
      case "pm":
        return s.paymentMethods[id]?.pm;
      case "bpc":
        return s.portalConfigurations[id];
      case "bps":
        return s.portalSessions[id];
      case "evt":
        return s.events[id];
      case "clock":
        return s.testClocks[id];
      case "we":
        return s.webhookEndpoints[id]?.endpoint;
      default:
        return undefined;
    }
  };
}

// Includable-only fields: checkout.session.line_items, invoice.payments.
export function virtualFor(em: Emulator): Virtual {
  const list = (data: object[], url: string) => ({ object: "list", data, has_more: false, url });
  return (owner, field) => {
    const id = owner.id;
    if (typeof id !== "string") return undefined;
    if (field === "payments" && owner.object === "invoice")
      return list(paymentsOf(em, id), `/v1/invoice_payments?invoice=${id}`);
    if (field !== "line_items" || owner.object !== "checkout.session") return undefined;
    const rec = em.state.checkoutSessions[id];
    return rec && list(checkoutLineItems(em, rec), `/v1/checkout/sessions/${id}/line_items`);
  };
}
