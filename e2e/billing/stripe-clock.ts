import { expect } from "@playwright/test";
import { e2eEnv } from "../support/env";

// Test-side access to the Stripe emulator's test clocks through Stripe's own REST API (form-encoded,
// Bearer key), the same calls a developer would make against real Stripe in test mode. The app puts every
// customer it creates on a test clock when E2E_TEST_HOOKS is on (lib/billing/customers.ts).

const KEY = "sk_test_newsstand_emulator";
const base = () => `http://127.0.0.1:${e2eEnv.stripePort}`;
const DAY = 86_400;

async function stripeRequest<T>(
  method: "GET" | "POST",
  path: string,
  form?: Record<string, string>,
): Promise<T> {
  const response = await fetch(`${base()}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/x-www-form-urlencoded" },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const body = (await response.json()) as T & { error?: { message: string } };
  expect(response.ok, `${method} ${path}: ${JSON.stringify(body)}`).toBe(true);
  return body;
}

interface TestClock {
  id: string;
  frozen_time: number;
  status: string;
}

/** The test clock of the (only) customer with this email. */
export async function findClockOf(email: string): Promise<string> {
  const customers = await stripeRequest<{ data: { id: string; test_clock: string | null }[] }>(
    "GET",
    `/v1/customers?email=${encodeURIComponent(email)}`,
  );
  const clock = customers.data[0]?.test_clock;
  expect(clock, `test clock of ${email}`).toBeTruthy();
  return clock ?? "";
}

/** Moves the customer's clock forward by `days` and waits until Stripe has played everything due. */
export async function advanceClock(email: string, days: number): Promise<void> {
  const id = await findClockOf(email);
  const clock = await stripeRequest<TestClock>("GET", `/v1/test_helpers/test_clocks/${id}`);
  await stripeRequest("POST", `/v1/test_helpers/test_clocks/${id}/advance`, {
    frozen_time: String(clock.frozen_time + Math.round(days * DAY)),
  });
  await expect
    .poll(async () => (await stripeRequest<TestClock>("GET", `/v1/test_helpers/test_clocks/${id}`)).status, {
      timeout: 20_000,
    })
    .toBe("ready");
}
