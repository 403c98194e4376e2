import { settings } from "@/lib/config/settings";

// Requests that would otherwise end in a 500 deep inside Next.js, answered early by proxy.ts with a 4xx
// (proxy.ts adds the security headers). TRACE never reaches the proxy: see server-hooks.ts.

export interface Refusal {
  status: 400 | 403;
  message: string;
}

/** A path whose percent-escapes do not decode (`/articles/%FF`, `/topics/%zz`): Next's router throws on them. */
export function hasUndecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A POST to a page is a server action (with JavaScript, or a plain form without). Next.js refuses one whose
 * Origin is not this site's host, but by throwing (a 500); this says 403 first. Same rule as Next.js:
 * the Origin's host must be the forwarded host or Host header (or APP_URL's).
 */
function isForeignActionPost(request: Request, pathname: string): boolean {
  if (request.method !== "POST" || pathname.startsWith("/api/")) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false; // no browser context to borrow: Next.js lets it through, as do we
  const originHost = hostOf(origin);
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const allowed = [forwardedHost || request.headers.get("host"), new URL(settings.appUrl).host];
  return originHost === null || !allowed.includes(originHost);
}

/** A multipart body that does not parse: Next.js would try to decode it as a form action and throw. */
async function hasBrokenMultipartBody(request: Request, pathname: string): Promise<boolean> {
  if (request.method !== "POST" || pathname.startsWith("/api/")) return false;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

export async function refuseHostileRequest(request: Request, pathname: string): Promise<Refusal | null> {
  if (hasUndecodablePath(pathname)) return { status: 400, message: "Bad request: the address is malformed." };
  if (isForeignActionPost(request, pathname))
    return { status: 403, message: "Forbidden: this form was sent from another site." };
  if (await hasBrokenMultipartBody(request, pathname))
    return { status: 400, message: "Bad request: the form data could not be read." };
  return null;
}

export function refusalResponse(refusal: Refusal): Response {
  return new Response(`${refusal.message}\n`, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
