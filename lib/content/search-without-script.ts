import type { RawSearchParams } from "./params";

// The search page is one shell for every search, whose results the browser fetches (GET /api/search). A browser
// without JavaScript cannot, so every search form carries this parameter inside a <noscript>: only a browser that
// runs no script submits it (with scripts on, a <noscript>'s content is text, not a field), and for it the page
// renders its results on the server, as it did before the shell.

export const WITHOUT_SCRIPT_PARAM = "noscript";
export const WITHOUT_SCRIPT_VALUE = "1";

/** Whether a search request comes from a form submitted without JavaScript. */
export function asksWithoutScript(raw: RawSearchParams): boolean {
  const value = raw[WITHOUT_SCRIPT_PARAM];
  return (Array.isArray(value) ? value : [value]).includes(WITHOUT_SCRIPT_VALUE);
}

/** A canonical search query ("?…" or "") with the no-script parameter added. */
export function withoutScriptQuery(canonical: string): string {
  const marker = `${WITHOUT_SCRIPT_PARAM}=${WITHOUT_SCRIPT_VALUE}`;
  return canonical === "" ? `?${marker}` : `${canonical}&${marker}`;
}
