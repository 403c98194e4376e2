import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import {
  DEFAULT_DUNNING,
  DEFAULT_UPCOMING_RENEWAL_DAYS,
  Emulator,
  type DunningSettings,
} from "./engine/context";
import { advanceWallClock } from "./engine/lifecycle";
import { EMULATOR_API_KEY } from "./api";
import { createEmulatorServer } from "./server";
import { Store } from "./state/store";
import { WebhookDispatcher } from "./webhooks/dispatcher";

export interface StripeEmulatorOptions {
  port?: number;
  host?: string;
  publicUrl?: string;
  webhookEndpoints?: string[];
  webhookSecret?: string;
  /** Retry schedule and end of dunning; default retries 3, 5 and 7 days apart, then cancel. */
  dunning?: DunningSettings;
  /** Days before a renewal that invoice.upcoming is sent; default 7, 0 sends none. */
  upcomingRenewalDays?: number;
  /** Accepted secret keys; default the app's sk_test_newsstand_emulator. */
  apiKeys?: string[];
  stateFile?: string;
  businessName?: string;
}

export interface RunningStripeEmulator {
  url: string;
  port: number;
  webhookSecret: string;
  close(): Promise<void>;
}

const WALL_CLOCK_TICK_MS = 5_000;

export async function startStripeEmulator(
  options: StripeEmulatorOptions = {},
): Promise<RunningStripeEmulator> {
  const host = options.host ?? "127.0.0.1";
  // Never a constant: a published secret would let anyone sign events the app believes.
  const webhookSecret = options.webhookSecret ?? `whsec_${randomBytes(24).toString("base64url")}`;
  const store = new Store(options.stateFile);
  const webhooks = new WebhookDispatcher(() => store, options.webhookEndpoints ?? [], webhookSecret);
  const em = new Emulator(store, webhooks, {
    publicUrl: "",
    dunning: options.dunning ?? DEFAULT_DUNNING,
    upcomingRenewalDays: options.upcomingRenewalDays ?? DEFAULT_UPCOMING_RENEWAL_DAYS,
    apiKeys: options.apiKeys?.length ? options.apiKeys : [EMULATOR_API_KEY],
    businessName: options.businessName ?? "Newsstand",
  });
  const server = createEmulatorServer(em, webhookSecret);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  em.options.publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, "");
  // Subscriptions without a test clock follow real time, even when nobody calls the API.
  const ticker = setInterval(() => {
    if (advanceWallClock(em)) store.commit();
  }, WALL_CLOCK_TICK_MS);
  ticker.unref();
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    webhookSecret,
    close: async () => {
      clearInterval(ticker);
      webhooks.close();
      store.commit();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
