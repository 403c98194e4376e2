import "server-only";
import { settings } from "@/lib/config/settings";
import { findOutboxEmail, listOutboxEmails, type OutboxEmail } from "@/lib/db/queries/outbox-emails";
import { isLoopbackAddress, peerAddress } from "@/lib/http/peer-address";

// Who may see /dev/outbox. It shows sign-in codes and reset links for every address, so it exists only
// where mail goes to the local outbox (SMTP_URL unset) AND this is not a real deployment: development, or
// the embedded-defaults demo (`npm start` with no DATABASE_URL), which has no other way to read its mail.
// A production deployment with its own DATABASE_URL answers 404, whatever SMTP_URL says.
//
// Even then only the person at the machine may read it: `npm start` listens on every interface, and
// whoever reads the outbox can sign in as anyone. The connection's peer address decides (never a header:
// a proxy in front makes every request look local, so an operator who puts one there sets OUTBOX_ACCESS
// deliberately). Everyone else gets the same 404 as when the page does not exist.

export function isOutboxPageEnabled(): boolean {
  if (!settings.usesMailOutbox) return false;
  return !settings.isProduction || settings.usesEmbeddedDatabase;
}

/** The newest mails for /dev/outbox (callers check mayReadOutbox first). */
export async function listOutboxMails(limit: number): Promise<OutboxEmail[]> {
  return listOutboxEmails(limit);
}

export async function findOutboxMail(id: number): Promise<OutboxEmail | null> {
  return findOutboxEmail(id);
}

export function mayReadOutbox(requestHeaders: Headers): boolean {
  if (!isOutboxPageEnabled()) return false;
  return settings.OUTBOX_ACCESS === "anyone" || isLoopbackAddress(peerAddress(requestHeaders));
}
