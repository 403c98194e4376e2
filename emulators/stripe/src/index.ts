import type { AddressInfo } from "node:net";
import { Emulator } from "./engine/context";
import { runLifecycle } from "./engine/lifecycle";
import { createEmulatorServer } from "./server";
import { Store } from "./state/store";
import { WebhookDispatcher } from "./webhooks/dispatcher";

export interface StripeEmulatorOptions {
  port?: number;
  host?: string;
  publicUrl?: string;
  webhookEndpoints?: string[];
  webhookSecret?: string;
  stateFile?: string;
  businessName?: string;
}

export interface RunningStripeEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_WEBHOOK_SECRET = "whsec_newsstand_emulator";
const WALL_CLOCK_TICK_MS = 5_000;

export async function startStripeEmulator(
  options: StripeEmulatorOptions = {},
): Promise<RunningStripeEmulator> {
  const host = options.host ?? "127.0.0.1";
  const webhookSecret = options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET;
  const store = new Store(options.stateFile);
  const webhooks = new WebhookDispatcher(() => store, options.webhookEndpoints ?? [], webhookSecret);
  const em = new Emulator(store, webhooks, {
    publicUrl: "",
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
  const ticker = setInterval(() => runLifecycle(em, null, em.now(null)), WALL_CLOCK_TICK_MS);
  ticker.unref();
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    close: async () => {
      clearInterval(ticker);
      webhooks.close();
      store.saveNow();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
