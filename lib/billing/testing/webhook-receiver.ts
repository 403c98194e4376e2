import "server-only";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { deliverNow } from "../../email/send";
import { handleStripeWebhook } from "../webhook";

// An HTTP endpoint for the emulator's webhooks in tests and the bench, running the real handler
// (the same function app/api/stripe/webhook/route.ts calls; the route only adds Next's `after` for mail).

export interface WebhookReceiver {
  url: string;
  statuses: number[];
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const statuses: number[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const header = req.headers["stripe-signature"];
      const outcome = await handleStripeWebhook(
        await readBody(req),
        typeof header === "string" ? header : null,
      );
      await deliverNow(outcome.mailIds);
      statuses.push(outcome.status);
      res.writeHead(outcome.status, { "content-type": "application/json" }).end(JSON.stringify(outcome.body));
    })().catch((error: unknown) => {
      console.error("webhook receiver", error);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/stripe/webhook`,
    statuses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
