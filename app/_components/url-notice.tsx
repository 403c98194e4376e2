"use client";

import { useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";

// One-off confirmations carried in the address after a redirect (checkout return, account deletion).
// Read in the browser, after hydration: the page around it stays the same for every reader (and cacheable),
// and a server-rendered page without the flag hydrates without a mismatch.
const MESSAGES: Record<string, Record<string, string>> = {
  welcome: {
    trial: "Your free trial has started. Every story on Newsstand is yours to read.",
    member: "Welcome to Newsstand. Your membership has started: every story is yours to read.",
  },
  notice: {
    "account-deleted": "Your account has been deleted, and you have been signed out. Thank you for reading.",
  },
};

const subscribe = () => () => {};

export function UrlNotice() {
  const params = useSearchParams();
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  const message = Object.entries(MESSAGES)
    .map(([name, byValue]) => byValue[params.get(name) ?? ""])
    .find(Boolean);
  if (!message) return null;
  return (
    <p
      role="status"
      data-testid="url-notice"
      className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100"
    >
      {message}
    </p>
  );
}
