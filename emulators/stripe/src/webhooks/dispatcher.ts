import type Stripe from "stripe";
import { newId } from "../state/ids";
import type { Store } from "../state/store";
import { signPayload } from "./sign";

export interface ChaosConfig {
  duplicateDeliveries: boolean;
  shuffle: boolean;
  delayMs: number;
  retryBaseMs: number;
  maxAttempts: number;
}

export const DEFAULT_CHAOS: ChaosConfig = {
  duplicateDeliveries: false,
  shuffle: false,
  delayMs: 0,
  retryBaseMs: 1_000,
  maxAttempts: 5,
};

export interface DeliveryLogEntry {
  id: string;
  event_id: string;
  event_type: string;
  url: string;
  attempt: number;
  status: "succeeded" | "failed" | "retry_scheduled" | "gave_up";
  response_status: number | null;
  error: string | null;
  delivered_at: number;
}

interface Target {
  url: string;
  secret: string;
  enabledEvents: string[];
}

const BATCH_WINDOW_MS = 25;
// The log is for tests and demos; a long-running emulator keeps only the latest entries.
const MAX_LOG_ENTRIES = 10_000;

// Delivers events to every endpoint, retrying failures with exponential backoff (retryBaseMs × 2^n).
// Chaos switches simulate Stripe's at-least-once, unordered, late delivery.
export class WebhookDispatcher {
  config: ChaosConfig = { ...DEFAULT_CHAOS };
  readonly log: DeliveryLogEntry[] = [];
  private batch: Stripe.EventBase[] = [];
  private batchTimer: NodeJS.Timeout | null = null;
  /** Per customer, the tail of its in-order deliveries (see launch). */
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private closed = false;

  constructor(
    private readonly store: () => Store,
    private readonly staticUrls: string[],
    private readonly staticSecret: string,
  ) {}

  private targets(): Target[] {
    const fromApi = Object.values(this.store().state.webhookEndpoints)
      .filter((r) => r.endpoint.status === "enabled")
      .map((r) => ({ url: r.endpoint.url, secret: r.secret, enabledEvents: r.endpoint.enabled_events }));
    return [
      ...this.staticUrls.map((url) => ({ url, secret: this.staticSecret, enabledEvents: ["*"] })),
      ...fromApi,
    ];
  }

  countEndpointsFor(type: string): number {
    return this.targets().filter((t) => wants(t, type)).length;
  }

  enqueue(event: Stripe.EventBase): void {
    if (this.closed) return;
    this.batch.push(event);
    this.batchTimer ??= setTimeout(() => this.flushBatch(), BATCH_WINDOW_MS);
  }

  // Events emitted by a request that then failed are taken back before they are sent.
  pendingCount(): number {
    return this.batch.length;
  }

  discardPendingFrom(index: number): void {
    this.batch.length = Math.min(this.batch.length, index);
  }

  // Resolves when nothing is queued, sending or waiting to be retried.
  async idle(): Promise<void> {
    while (this.batch.length > 0 || this.inFlight > 0 || this.timers.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.closed = true;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.batch = [];
  }

  clearLog(): void {
    this.log.length = 0;
  }

  private flushBatch(): void {
    this.batchTimer = null;
    const events = this.batch;
    this.batch = [];
    if (this.config.shuffle) shuffleInPlace(events);
    for (const event of events) {
      for (const target of this.targets().filter((t) => wants(t, event.type))) {
        const copies = this.config.duplicateDeliveries ? 2 : 1;
        for (let i = 0; i < copies; i++) this.launch(target, event, 1, this.config.delayMs);
      }
    }
  }

  // Without chaos, each customer's deliveries go out one at a time in order, and different customers' side by
  // side: one slow answer holds up only its own customer's events, not every other's (a test's, a reader's).
  // With a delay or shuffling they go out concurrently, each late by about delayMs (jittered when shuffling),
  // like Stripe's unordered delivery.
  private launch(target: Target, event: Stripe.EventBase, attempt: number, delayMs: number): void {
    const chaotic = this.config.shuffle || this.config.delayMs > 0;
    if (!chaotic && delayMs === 0) {
      this.inFlight++;
      const key = laneOf(event);
      const tail = (this.lanes.get(key) ?? Promise.resolve())
        .then(() => this.attempt(target, event, attempt))
        .finally(() => {
          this.inFlight--;
          if (this.lanes.get(key) === tail) this.lanes.delete(key);
        });
      this.lanes.set(key, tail);
      return;
    }
    const jitter = this.config.shuffle ? Math.floor(Math.random() * Math.max(20, delayMs)) : 0;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.inFlight++;
      void this.attempt(target, event, attempt).finally(() => {
        this.inFlight--;
      });
    }, delayMs + jitter);
    this.timers.add(timer);
  }

  private async attempt(target: Target, event: Stripe.EventBase, attempt: number): Promise<void> {
    if (this.closed) return;
    const payload = JSON.stringify(event, null, 2);
    let responseStatus: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(target.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "stripe-signature": signPayload(payload, target.secret),
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      responseStatus = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const ok = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
    const retry = !ok && attempt < this.config.maxAttempts && !this.closed;
    this.log.push({
      id: newId("whdel"),
      event_id: event.id,
      event_type: event.type,
      url: target.url,
      attempt,
      status: ok
        ? "succeeded"
        : retry
          ? "retry_scheduled"
          : attempt >= this.config.maxAttempts
            ? "gave_up"
            : "failed",
      response_status: responseStatus,
      error,
      delivered_at: Date.now(),
    });
    if (this.log.length > MAX_LOG_ENTRIES) this.log.splice(0, this.log.length - MAX_LOG_ENTRIES);
    if (retry) this.launch(target, event, attempt + 1, this.config.retryBaseMs * 2 ** (attempt - 1));
  }
}

/** The customer an event is about (its object's, or the customer itself); "" for events about none. */
function laneOf(event: Stripe.EventBase): string {
  const object = event.data.object as { object?: string; id?: string; customer?: unknown };
  if (object.object === "customer" && typeof object.id === "string") return object.id;
  const customer = object.customer;
  if (typeof customer === "string") return customer;
  if (customer && typeof customer === "object" && "id" in customer) return String(customer.id);
  return "";
}

function wants(target: Target, type: string): boolean {
  return target.enabledEvents.includes("*") || target.enabledEvents.includes(type);
}

function shuffleInPlace<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
}
