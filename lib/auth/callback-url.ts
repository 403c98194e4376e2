// Where to go after signing in: only a path on this site. Anything else (absolute URLs, protocol-relative
// "//evil", "/\evil", control characters) falls back to `fallback`.

export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 1000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Browsers treat backslashes as slashes and drop tabs/newlines, so "/\t/evil" would become "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const base = "http://callback.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

// Pages that need a session (or are a step of paying): after signing out they would only bounce to sign-in.
const SIGNED_IN_ONLY = /^\/(account|admin|checkout|subscribe)(\/|\?|#|$)/;

/** Where signing out lands: the page the reader was on, unless it needs a session; then the home page. */
export function pathAfterSignOut(value: unknown): string {
  const path = safeCallbackPath(value, "/");
  return SIGNED_IN_ONLY.test(path) ? "/" : path;
}
