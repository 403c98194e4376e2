// Webhook handling speed: p99 per event type, target under 50 ms.
//   npx tsx --conditions=react-server scripts/bench/webhooks.ts [--rounds 30] [--json]
// Or from the main bench: `const { measureWebhooks, printWebhooks } = await import("./webhooks")`.
// An in-process Stripe emulator and a fresh database (in-memory PGlite; a scratch database on DATABASE_URL's
// server when set). Real lifecycles produce the events; each is then delivered again and again under a fresh
// id, so every delivery is a full one: verify, record, re-read from Stripe, upsert under the row lock.
// Mails go out after the response (Next's `after`) and are not timed. Exit code 1 over target (CLI only).
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { startStripeEmulator } from "../../emulators/stripe/src/index";
import { settings } from "../../lib/config/settings";
import { setDatabase } from "../../lib/db/client";
import { openThrowawayDatabase } from "../../lib/db/scratch";
import { pointStripeAtEmulator } from "../../lib/billing/stripe-client";
import { fetchSubscription } from "../../lib/billing/sync";
import { addCard, advance, listAllEvents, startTrialFor } from "../../lib/billing/testing/scenario";
import { HANDLED_EVENTS, handleStripeWebhook } from "../../lib/billing/webhook";
import { signStripePayload } from "../../lib/testing/factories/billing";
import { percentile } from "./stats";

export const WEBHOOK_TARGET_P99_MS = 50;
const SECRET = "whsec_bench";

export interface WebhookRow {
  type: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** Timing rows in brackets are for reference and carry no target. */
  ok: boolean;
}

/** Times webhook deliveries on a throw-away database of its own. */
export async function measureWebhooks(options: { rounds?: number } = {}): Promise<WebhookRow[]> {
  const rounds = options.rounds ?? 30;
  const scratch = await openThrowawayDatabase(settings.DATABASE_URL, "billing_bench");
  setDatabase(scratch.db);
  const emulator = await startStripeEmulator({ port: 0, webhookEndpoints: [], webhookSecret: SECRET });
  pointStripeAtEmulator(emulator);
  try {
    const tag = randomBytes(3).toString("hex");
    const readers = [
      await startTrialFor(`bench-paid-${tag}`),
      await startTrialFor(`bench-declined-${tag}`),
      await startTrialFor(`bench-cardless-${tag}`),
    ];
    await addCard(readers[0]!, "pm_card_visa");
    await addCard(readers[1]!, "pm_card_chargeCustomerFail");
    for (const reader of readers) await advance(reader, 15);
    const handled = new Set<string>(HANDLED_EVENTS);
    const events = (await listAllEvents()).filter((e) => handled.has(e.type));

    const timings = new Map<string, number[]>();
    const record = (type: string, ms: number) => timings.set(type, [...(timings.get(type) ?? []), ms]);
    const warmup = 3;
    for (let round = -warmup; round < rounds; round++) {
      for (const event of events) {
        const payload = JSON.stringify({ ...event, id: `${event.id}_r${round}` });
        const signature = signStripePayload(payload, SECRET);
        const started = performance.now();
        const outcome = await handleStripeWebhook(payload, signature);
        if (round >= 0) record(event.type, performance.now() - started);
        if (outcome.status !== 200) throw new Error(`${event.type} answered ${outcome.status}`);
        const again = performance.now();
        await handleStripeWebhook(payload, signature); // a duplicate delivery
        if (round >= 0) record("(duplicate)", performance.now() - again);
        // The share of a delivery that is the re-read from Stripe (here: the emulator in this process).
        const read = performance.now();
        await fetchSubscription(readers[round & 1 ? 1 : 0]!.subscriptionId);
        if (round >= 0) record("(stripe re-read alone)", performance.now() - read);
      }
    }
    return [...timings].map(([type, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      const p99 = percentile(sorted, 0.99);
      return {
        type,
        n: sorted.length,
        p50: percentile(sorted, 0.5),
        p99,
        max: sorted.at(-1) ?? 0,
        ok: type.startsWith("(") || p99 < WEBHOOK_TARGET_P99_MS,
      };
    });
  } finally {
    await emulator.close();
    await scratch.drop();
  }
}

export function printWebhooks(rows: WebhookRow[]): void {
  console.log(`webhook handling, per event type (target p99 < ${WEBHOOK_TARGET_P99_MS} ms):`);
  const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
  for (const r of rows) {
    console.log(
      `  ${r.type.padEnd(40)} n=${String(r.n).padStart(4)}  p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  max ${ms(r.max)}${r.ok ? "" : "  OVER"}`,
    );
  }
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--rounds");
  const rows = await measureWebhooks({ rounds: i >= 0 ? Number(process.argv[i + 1]) : 30 });
  if (process.argv.includes("--json"))
    console.log(JSON.stringify({ name: "webhooks", targetP99Ms: WEBHOOK_TARGET_P99_MS, rows }));
  else {
    console.log(`database: ${settings.DATABASE_URL ? "PostgreSQL (scratch)" : "PGlite (memory)"}`);
    printWebhooks(rows);
  }
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
