import type { Store } from "../state/store";
import type { State } from "../state/types";
import type { WebhookDispatcher } from "../webhooks/dispatcher";

/** Billing settings → retries: when a failed renewal is tried again, and what happens after the last try. */
export interface DunningSettings {
  /** Days after the previous attempt, one per retry (Stripe's custom schedule). */
  retryDays: number[];
  end: "cancel" | "unpaid" | "past_due";
}

export const DEFAULT_DUNNING: DunningSettings = { retryDays: [3, 5, 7], end: "cancel" };

/** Billing settings → "upcoming renewal events": days before a renewal that invoice.upcoming is sent (0: off). */
export const DEFAULT_UPCOMING_RENEWAL_DAYS = 7;

export interface EmulatorOptions {
  dunning: DunningSettings;
  upcomingRenewalDays: number;
  publicUrl: string;
  /** Secret keys this emulator's "account" accepts; any other gets 401. */
  apiKeys: readonly string[];
  businessName: string;
}

export interface RequestInfo {
  id: string;
  idempotencyKey: string | null;
}

// Everything a handler needs: state, time, event delivery. One per running emulator.
export class Emulator {
  currentRequest: RequestInfo | null = null;

  constructor(
    readonly store: Store,
    readonly webhooks: WebhookDispatcher,
    readonly options: EmulatorOptions,
  ) {}

  /** Runs `work` as Stripe's own doing (a test clock's timeline): its events carry `request: {id: null}`. */
  withoutRequest<T>(work: () => T): T {
    const request = this.currentRequest;
    this.currentRequest = null;
    try {
      return work();
    } finally {
      this.currentRequest = request;
    }
  }

  get state(): State {
    return this.store.state;
  }

  // Objects attached to a test clock live at that clock's frozen time.
  now(clockId: string | null | undefined): number {
    const clock = clockId ? this.state.testClocks[clockId] : undefined;
    return clock ? clock.frozen_time : Math.floor(Date.now() / 1000);
  }

  clockOfCustomer(customerId: string | null | undefined): string | null {
    const customer = customerId ? this.state.customers[customerId] : undefined;
    const clock = customer?.test_clock;
    return typeof clock === "string" ? clock : null;
  }
}
