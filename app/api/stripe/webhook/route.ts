import { after } from "next/server";
import { handleStripeWebhook } from "@/lib/billing/webhook";
import { deliverNow } from "@/lib/email/send";
import { enqueueJobSoon } from "@/lib/jobs/enqueue";

// Stripe's webhook endpoint. The signature is checked on the raw body, so read it as text, untouched.

export async function POST(request: Request): Promise<Response> {
  const outcome = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  if (outcome.mailIds.length > 0) after(() => deliverNow(outcome.mailIds));
  for (const job of outcome.jobs) after(() => enqueueJobSoon(job));
  return Response.json(outcome.body, { status: outcome.status });
}
