import { settings } from "@/lib/config/settings";

// The headers proxy.ts puts on every response. The CSP carries a fresh nonce per request; Next.js reads it
// from the request's CSP header and stamps its own scripts with it. No script runs without the nonce
// ('strict-dynamic' lets those scripts load the chunks they need). Prerendered pages list their inline scripts'
// hashes instead (static-page-csp.ts).

const isHttps = settings.appUrl.startsWith("https://");

// Checkout and the billing portal are full-page navigations to Stripe (or the local emulator). With JS they
// are client-side navigations, which form-action doesn't govern; listing the origins keeps the no-JS form
// POST + 303 redirect working too.
function paymentOrigins(): string[] {
  if (!settings.usesStripeEmulator) return ["https://checkout.stripe.com", "https://billing.stripe.com"];
  const port = settings.STRIPE_EMULATOR_PORT;
  return [
    ...new Set([
      `http://${settings.STRIPE_EMULATOR_HOST}:${port}`,
      `http://127.0.0.1:${port}`,
      `http://localhost:${port}`,
    ]),
  ];
}

// Everything but script-src is the same for every response: built once, not on every request (proxy.ts runs for
// every request, build assets included).
const OTHER_DIRECTIVES = [
  // React's style={{}} and next/image emit style attributes; stylesheets themselves are same-origin files.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  `form-action 'self' ${paymentOrigins().join(" ")}`,
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
  ...(isHttps ? ["upgrade-insecure-requests"] : []),
].join("; ");
const EVAL = settings.isProduction ? "" : " 'unsafe-eval'";

/**
 * The policy for one response: a page rendered per request allows the scripts carrying its `nonce` (and what
 * they load); a prerendered page allows its own inline scripts by `hashes` and same-origin files.
 */
export function buildCsp(nonce: string, hashes?: string[]): string {
  const scripts = hashes ? `'self' ${hashes.join(" ")}` : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return `default-src 'self'; script-src ${scripts}${EVAL}; ${OTHER_DIRECTIVES}`;
}

const STATIC_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  // HSTS only where it means something: production served over https (never on http://localhost).
  ...(settings.isProduction && isHttps
    ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }
    : {}),
});

/** The CSP of an answer that is no page (JSON, a plain-text refusal): nothing in it may load anything. */
export const NOTHING_LOADS_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The headers every response carries besides the CSP (the same object each time: do not change it). */
export function staticSecurityHeaders(): Readonly<Record<string, string>> {
  return STATIC_HEADERS;
}

const NONCE_BYTES = 16;
/**
 * Random bytes drawn for this many nonces at once. Per call, the system's random source (and Next's wrapper
 * around getRandomValues) cost a third of the proxy's time on a cached page (profiled under load); the bytes
 * are as random drawn in bulk, and each is handed out once.
 */
const NONCES_PER_DRAW = 256;
const noncePool = { bytes: new Uint8Array(0), next: 0 };

export function createNonce(): string {
  if (noncePool.next + NONCE_BYTES > noncePool.bytes.length) {
    noncePool.bytes = crypto.getRandomValues(new Uint8Array(NONCE_BYTES * NONCES_PER_DRAW));
    noncePool.next = 0;
  }
  const bytes = noncePool.bytes.subarray(noncePool.next, noncePool.next + NONCE_BYTES);
  noncePool.next += NONCE_BYTES;
  return Buffer.from(bytes).toString("base64");
}
