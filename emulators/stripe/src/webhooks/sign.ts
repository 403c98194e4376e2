import { createHmac } from "node:crypto";

// Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload"> — wall-clock time,
// so the SDK's tolerance check passes even when a test clock is far in the future.
export function signPayload(
  payload: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
