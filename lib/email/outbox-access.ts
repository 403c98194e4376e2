import "server-only";
import { settings } from "@/lib/config/settings";
import { findOutboxEmail, listOutboxEmails, type OutboxEmail } from "@/lib/db/queries/outbox-emails";

// Who may see /dev/outbox. It shows sign-in codes and reset links for every address, so it exists only
// where mail goes to the local outbox (SMTP_URL unset) AND this is not a real deployment: development, or
// the embedded-defaults demo (`npm start` with no DATABASE_URL), which has no other way to read its mail.
// A production deployment with its own DATABASE_URL answers 404, whatever SMTP_URL says.

export function isOutboxPageEnabled(): boolean {
  if (!settings.usesMailOutbox) return false;
  return !settings.isProduction || settings.usesEmbeddedDatabase;
}

/** The newest mails for /dev/outbox (callers check isOutboxPageEnabled first). */
export async function listOutboxMails(limit: number): Promise<OutboxEmail[]> {
  return listOutboxEmails(limit);
}

export async function findOutboxMail(id: number): Promise<OutboxEmail | null> {
  return findOutboxEmail(id);
}
