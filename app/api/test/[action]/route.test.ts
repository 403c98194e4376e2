import { afterEach, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// The test hooks answer only with E2E_TEST_HOOKS on AND the local Stripe emulator in use.

setUpTestDatabase();
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function post(env: Record<string, string | undefined>, action: string, body?: string) {
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  vi.resetModules(); // settings are read when the module loads
  const { POST } = await import("./route");
  const request = new Request(`http://localhost/api/test/${action}`, { method: "POST", body });
  return POST(request, { params: Promise.resolve({ action }) });
}

const ON = { E2E_TEST_HOOKS: "1", STRIPE_SECRET_KEY: undefined };

describe("/api/test/[action]", () => {
  it("is not there unless E2E_TEST_HOOKS is on", async () => {
    const response = await post({ E2E_TEST_HOOKS: undefined, STRIPE_SECRET_KEY: undefined }, "ping", "{}");
    expect(response.status).toBe(404);
  });

  it("is not there with real Stripe keys, even with E2E_TEST_HOOKS on", async () => {
    const response = await post({ E2E_TEST_HOOKS: "1", STRIPE_SECRET_KEY: "sk_live_pretend" }, "ping", "{}");
    expect(response.status).toBe(404);
  });

  it("runs a known action, and refuses unknown actions and bad bodies", async () => {
    expect((await post(ON, "ping")).status).toBe(200);
    expect((await post(ON, "no-such-action", "{}")).status).toBe(404);
    expect((await post(ON, "toString", "{}")).status).toBe(404);
    expect((await post(ON, "ping", "{not json")).status).toBe(400);
    expect((await post(ON, "create-user", JSON.stringify({ email: "not an email" }))).status).toBe(400);
  });

  it("creates a user and grants a membership", async () => {
    const user = await (
      await post(ON, "create-user", JSON.stringify({ email: "hooks@example.test" }))
    ).json();
    expect(user).toMatchObject({ email: "hooks@example.test", role: "reader" });
    const granted = await post(
      ON,
      "grant-membership",
      JSON.stringify({ userId: user.id, status: "active", plan: "annual" }),
    );
    expect(await granted.json()).toMatchObject({ status: "active", plan: "annual" });
  });
});
