import "server-only";
import { headers } from "next/headers";
import { settings } from "../config/settings";

// The absolute origin Stripe sends readers back to. APP_URL when configured; otherwise the host the
// reader used, so cookies set on that host are there when Checkout returns.

export async function getRequestOrigin(): Promise<string> {
  if (settings.APP_URL) return new URL(settings.APP_URL).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host || !/^[a-z0-9.\-:[\]]+$/i.test(host)) return new URL(settings.appUrl).origin;
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
