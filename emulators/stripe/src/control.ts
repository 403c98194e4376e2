import { z } from "zod";
import { DEFAULT_DUNNING, DEFAULT_UPCOMING_RENEWAL_DAYS, type Emulator } from "./engine/context";
import { createWebhookEndpoint } from "./resources/webhook-endpoints";
import { DEFAULT_CHAOS } from "./webhooks/dispatcher";

export interface ControlResponse {
  status: number;
  body: unknown;
}

const configSchema = z.strictObject({
  duplicateDeliveries: z.boolean().optional(),
  shuffle: z.boolean().optional(),
  delayMs: z.number().int().min(0).max(60_000).optional(),
  retryBaseMs: z.number().int().min(1).max(3_600_000).optional(),
  maxAttempts: z.number().int().min(1).max(20).optional(),
  // Billing settings → retries (the emulator's own, not delivery retries).
  dunning: z
    .strictObject({
      retryDays: z.array(z.number().int().min(1).max(30)).max(8),
      end: z.enum(["cancel", "unpaid", "past_due"]),
    })
    .optional(),
  // Billing settings → upcoming renewal events: days ahead that invoice.upcoming goes out (0: none).
  upcomingRenewalDays: z.number().int().min(0).max(60).optional(),
});
const endpointSchema = z.strictObject({
  url: z.url(),
  enabled_events: z.array(z.string()).min(1).optional(),
});

function parseJson(body: string): unknown {
  if (body.trim() === "") return {};
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function invalid(message: string): ControlResponse {
  return { status: 400, body: { error: { type: "invalid_request_error", message } } };
}

function billingConfig(em: Emulator) {
  return {
    ...em.webhooks.config,
    dunning: em.options.dunning,
    upcomingRenewalDays: em.options.upcomingRenewalDays,
  };
}

// Test-only switches under /_emulator/ (no API key needed; the emulator only listens on loopback by default).
export async function handleControl(
  em: Emulator,
  method: string,
  path: string,
  rawBody: string,
  webhookSecret: string,
): Promise<ControlResponse> {
  const route = `${method} ${path}`;
  if (route === "POST /_emulator/reset") {
    em.store.reset();
    em.webhooks.clearLog();
    em.webhooks.config = { ...DEFAULT_CHAOS };
    em.options.dunning = { ...DEFAULT_DUNNING };
    em.options.upcomingRenewalDays = DEFAULT_UPCOMING_RENEWAL_DAYS;
    return { status: 200, body: { ok: true } };
  }
  if (route === "GET /_emulator/config") return { status: 200, body: billingConfig(em) };
  if (route === "POST /_emulator/config") {
    const parsed = configSchema.safeParse(parseJson(rawBody));
    if (!parsed.success)
      return invalid(
        `Invalid config: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
    const { dunning, upcomingRenewalDays, ...chaos } = parsed.data;
    em.webhooks.config = { ...em.webhooks.config, ...chaos };
    if (dunning) em.options.dunning = dunning;
    if (upcomingRenewalDays !== undefined) em.options.upcomingRenewalDays = upcomingRenewalDays;
    return { status: 200, body: billingConfig(em) };
  }
  if (route === "GET /_emulator/deliveries")
    return { status: 200, body: { object: "list", data: em.webhooks.log } };
  if (route === "GET /_emulator/idle") {
    await em.webhooks.idle();
    return { status: 200, body: { ok: true } };
  }
  if (route === "POST /_emulator/webhook-endpoints") {
    const parsed = endpointSchema.safeParse(parseJson(rawBody));
    if (!parsed.success) return invalid("Expected JSON {url, enabled_events?}.");
    const endpoint = createWebhookEndpoint(
      em,
      { url: parsed.data.url, enabled_events: parsed.data.enabled_events ?? ["*"] },
      webhookSecret,
    );
    em.store.commit();
    return { status: 200, body: endpoint };
  }
  return {
    status: 404,
    body: {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}).` },
    },
  };
}
