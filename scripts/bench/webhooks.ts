// Webhook handling speed: p99 per event type, target under 50 ms.
//   npx tsx --conditions=react-server scripts/bench/webhooks.ts [--rounds 30] [--json]
// An in-process Stripe emulator and a fresh database (in-memory PGlite; a scratch PostgreSQL database when
// DATABASE_URL is set). Real lifecycles produce the events; each is then delivered again and again under
// a fresh id, so every delivery is a full one: verify, record, re-read from Stripe, upsert under the row lock.
// Mails are sent after the response (Next's `after`) and are not part of the timing. Exit code 1 over target.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startStripeEmulator } from "../../emulators/stripe/src/index";
import { useDatabase } from "../../lib/db/client";
import { openDatabase } from "../../lib/db/open";
import { createStripeClient, EMULATOR_SECRET_KEY, useStripe } from "../../lib/billing/stripe-client";
import { addCard, advance, listAllEvents, startTrialFor } from "../../lib/billing/testing/scenario";
import { fetchSubscription } from "../../lib/billing/sync";
import { HANDLED_EVENTS, handleStripeWebhook } from "../../lib/billing/webhook";
import { signStripePayload } from "../../lib/testing/factories/billing";

const TARGET_MS = 50;
const SECRET = "whsec_bench";
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function openBenchDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { db: await openDatabase({ dataDir: "memory://" }), drop: async () => {} };
  const name = `billing_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), maxConnections: 4 });
  return {
    db,
    drop: async () => {
      await (db as unknown as { $client: { end: () => Promise<void> } }).$client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const rounds = arg("--rounds", 30);
  const { db, drop } = await openBenchDatabase();
  useDatabase(db);
  const emulator = await startStripeEmulator({ port: 0, webhookEndpoints: [], webhookSecret: SECRET });
  useStripe(createStripeClient({ secretKey: EMULATOR_SECRET_KEY, host: "127.0.0.1", port: emulator.port, protocol: "http" }), SECRET);
  try {
    const readers = [await startTrialFor("bench-paid"), await startTrialFor("bench-declined"), await startTrialFor("bench-cardless")];
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

    const rows = [...timings].map(([type, ms]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      return { type, n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0 };
    });
    const over = rows.filter((r) => r.p99 >= TARGET_MS);
    if (process.argv.includes("--json")) {
      console.log(JSON.stringify({ name: "webhooks", targetP99Ms: TARGET_MS, ok: over.length === 0, rows }));
    } else {
      console.log(`webhook handling (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}), target p99 < ${TARGET_MS} ms`);
      for (const r of rows) {
        console.log(`  ${r.type.padEnd(40)} n=${String(r.n).padStart(4)}  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms${r.p99 >= TARGET_MS ? "  OVER" : ""}`);
      }
    }
    process.exitCode = over.length === 0 ? 0 : 1;
  } finally {
    await emulator.close();
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
