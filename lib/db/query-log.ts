import type { Logger } from "drizzle-orm";
import { settings } from "../config/settings";

// A test-only record of the statements the app sends, so an e2e test can count what one real request
// read (e.g. the user row once, however many components ask). On only with the e2e test hooks (which a
// real deployment can never turn on, see app/api/test); then drizzle hands every statement to it.

interface LoggedQuery {
  text: string;
  params: unknown[];
}

const MAX_KEPT = 5_000;
// On globalThis: a page and the test-hook route may each load their own copy of this module.
const store = globalThis as unknown as { newsstandQueryLog?: LoggedQuery[] };

/** The logger to open the app's database with, or undefined when the test hooks are off. */
export function queryLoggerForSettings(): Logger | undefined {
  if (!settings.E2E_TEST_HOOKS || !settings.usesStripeEmulator) return undefined;
  return {
    logQuery(text, params) {
      const log = (store.newsstandQueryLog ??= []);
      log.push({ text, params });
      if (log.length > MAX_KEPT) log.splice(0, log.length - MAX_KEPT);
    },
  };
}

/** How many logged statements read `table` with `param` among their parameters (e.g. a user's id). */
export function countLoggedQueries(table: string, param: string): number {
  const from = `from "${table}"`;
  return (store.newsstandQueryLog ?? []).filter(
    (query) => query.text.includes(from) && query.params.some((value) => String(value) === param),
  ).length;
}
