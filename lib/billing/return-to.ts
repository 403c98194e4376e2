import { safeCallbackPath } from "../auth/callback-url";

// Where a reader goes back to after checkout: a path on this site, never the billing pages themselves.

export function safeReturnTo(value: unknown): string {
  const path = safeCallbackPath(value, "/");
  return /^\/(subscribe|checkout)(\/|\?|$)/.test(path) ? "/" : path;
}
