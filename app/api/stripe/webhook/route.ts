import { after } from "next/server";
import { sendBillingMails } from "@/lib/billing/emails";
import { handleStripeWebhook } from "@/lib/billing/webhook";

// Stripe's webhook endpoint. The signature is checked on the raw body, so read it as text, untouched.

export async function POST(request: Request): Promise<Response> {
  const outcome = await handleStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  if (outcome.mails.length > 0) after(() => sendBillingMails(outcome.mails));
  return Response.json(outcome.body, { status: outcome.status });
}
