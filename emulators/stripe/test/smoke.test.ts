import { afterAll, beforeAll, expect, test } from "vitest";
import { checkoutWithTrial, createPlans, startHarness, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

test("smoke", async () => {
  const plans = await createPlans(h.stripe);
  const r = await checkoutWithTrial(h, plans);
  expect(r.result.status).toBe(303);
  expect(r.subscription.status).toBe("trialing");
});
