import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPlans, eventTypes, paidFirstInvoice, startHarness, type Harness } from "./harness";

// Refunds of an invoice's charge (POST /v1/refunds): whole or in part, by charge or by payment intent, the
// charge's amount_refunded and refunded, the events, and what Stripe refuses.

let h: Harness;
let chargeId: string;
let intentId: string;
let invoiceId: string;

beforeAll(async () => {
  h = await startHarness();
  const plans = await createPlans(h.stripe);
  const { run, invoice } = await paidFirstInvoice(h, plans);
  invoiceId = invoice.id ?? "";
  intentId = String(invoice.payments?.data[0]?.payment.payment_intent);
  const [charge] = (await h.stripe.charges.list({ customer: run.customer.id })).data;
  chargeId = charge?.id ?? "";
});
afterAll(async () => h.close());

const invalid = (fields: Record<string, unknown>) => ({
  type: "StripeInvalidRequestError",
  statusCode: 400,
  ...fields,
});

describe("refunds", () => {
  test("a paid invoice has one charge, of its amount, on its payment intent", async () => {
    const charge = await h.stripe.charges.retrieve(chargeId);
    expect(charge).toMatchObject({
      amount: 999,
      amount_captured: 999,
      amount_refunded: 0,
      refunded: false,
      paid: true,
      status: "succeeded",
      payment_intent: intentId,
    });
    // The app finds the invoice a refunded charge paid through its payment intent.
    const payments = await h.stripe.invoicePayments.list({
      payment: { type: "payment_intent", payment_intent: intentId },
    });
    expect(payments.data.map((p) => p.invoice)).toEqual([invoiceId]);
  });

  test("in part by charge, then the rest by payment intent; a third is refused", async () => {
    const since = (await h.stripe.events.list({ limit: 1 })).data[0]?.created ?? 0;
    const first = await h.stripe.refunds.create({
      charge: chargeId,
      amount: 400,
      reason: "requested_by_customer",
    });
    expect(first).toMatchObject({
      amount: 400,
      charge: chargeId,
      payment_intent: intentId,
      status: "succeeded",
    });
    expect(await h.stripe.charges.retrieve(chargeId)).toMatchObject({
      amount_refunded: 400,
      refunded: false,
    });
    await expect(h.stripe.refunds.create({ charge: chargeId, amount: 600 })).rejects.toMatchObject(
      invalid({ param: "amount" }),
    );
    const rest = await h.stripe.refunds.create({ payment_intent: intentId });
    expect(rest).toMatchObject({ amount: 599, charge: chargeId, reason: null });
    expect(await h.stripe.charges.retrieve(chargeId)).toMatchObject({ amount_refunded: 999, refunded: true });
    await expect(h.stripe.refunds.create({ charge: chargeId })).rejects.toMatchObject(
      invalid({ code: "charge_already_refunded" }),
    );
    expect(await h.stripe.refunds.retrieve(first.id)).toEqual(first);
    expect((await h.stripe.refunds.list({ charge: chargeId })).data.map((r) => r.id)).toEqual([
      rest.id,
      first.id,
    ]);
    const types = (await eventTypes(h, since)).filter(
      (t) => t.startsWith("refund.") || t.startsWith("charge."),
    );
    expect(types).toEqual(["refund.created", "charge.refunded", "refund.created", "charge.refunded"]);
    const [last] = (await h.stripe.events.list({ type: "charge.refunded", limit: 1 })).data;
    expect(last?.data.previous_attributes).toEqual({ amount_refunded: 400, refunded: false });
  });

  test("refuses a refund of nothing, of an unknown charge, or of both a charge and an intent", async () => {
    await expect(h.stripe.refunds.create({})).rejects.toMatchObject(invalid({}));
    await expect(h.stripe.refunds.create({ charge: "ch_nope" })).rejects.toMatchObject(
      invalid({ code: "resource_missing", param: "charge" }),
    );
    await expect(
      h.stripe.refunds.create({ charge: chargeId, payment_intent: intentId }),
    ).rejects.toMatchObject(invalid({ param: "payment_intent" }));
    await expect(h.stripe.refunds.retrieve("re_nope")).rejects.toMatchObject({ statusCode: 404 });
  });
});
