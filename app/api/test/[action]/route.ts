import { settings } from "@/lib/config/settings";
import { testActions } from "./actions";

// Test hooks for the browser tests (factories that write to the database directly).
// Answer only when E2E_TEST_HOOKS is on AND payments go to the local Stripe emulator, so a real
// deployment (which has STRIPE_SECRET_KEY) can never expose them, whatever its other settings.

function hooksEnabled(): boolean {
  return settings.E2E_TEST_HOOKS && settings.usesStripeEmulator;
}

export async function POST(
  request: Request,
  context: { params: Promise<{ action: string }> },
): Promise<Response> {
  if (!hooksEnabled()) return new Response("Not found", { status: 404 });
  const { action } = await context.params;
  const entry = Object.hasOwn(testActions, action) ? testActions[action] : undefined;
  if (!entry) return Response.json({ error: `unknown test action: ${action}` }, { status: 404 });

  const raw = await request.text();
  let body: unknown = {};
  try {
    if (raw.trim() !== "") body = JSON.parse(raw);
  } catch {
    return Response.json({ error: "body is not JSON" }, { status: 400 });
  }
  const parsed = entry.input.safeParse(body);
  if (!parsed.success)
    return Response.json({ error: "invalid input", issues: parsed.error.issues }, { status: 400 });

  try {
    return Response.json((await entry.run(parsed.data)) ?? { ok: true });
  } catch (error) {
    // Test-only endpoint: the message helps the failing test; never reachable in production.
    console.error(`test action ${action} failed`, error);
    return Response.json({ error: error instanceof Error ? error.message : String(error) }, { status: 500 });
  }
}
