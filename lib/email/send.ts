import "server-only";
import { settings } from "@/lib/config/settings";
import { insertOutboxEmails, type MailWriter } from "@/lib/db/queries/outbox-emails";
import { deliverQueuedMail } from "./delivery";

// One way out for every mail: it is written to outbox_emails first. With SMTP_URL it is queued and tried at
// once; if that fails, the job engine's mail-deliver job retries it (delivery.ts, lib/jobs/queues.ts). Without
// SMTP_URL the row is the local outbox (printed on the console, listed at /dev/outbox).

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (e.g. List-Unsubscribe); most mails have none. */
  headers?: Record<string, string>;
}

/** Writes mails to the outbox, inside the caller's transaction when one is given; answers the queued ids. */
export async function enqueueMails(mails: Mail[], writer?: MailWriter): Promise<number[]> {
  const stored = await storeMails(mails, writer);
  return stored.queued ? stored.ids : [];
}

/** Like enqueueMails, but answers the stored rows' ids whether they were queued or kept in the local outbox. */
export async function storeMails(
  mails: Mail[],
  writer?: MailWriter,
): Promise<{ ids: number[]; queued: boolean }> {
  if (settings.usesMailOutbox) {
    const ids = await insertOutboxEmails(mails, "sent", writer);
    for (const mail of mails)
      console.info(`\n[outbox] To: ${mail.to}\n[outbox] Subject: ${mail.subject}\n${mail.text}\n`);
    return { ids, queued: false };
  }
  return { ids: await insertOutboxEmails(mails, "queued", writer), queued: true };
}

/** Tries queued mails now (after their transaction committed); never throws: the mail-deliver job retries the rest. */
export async function deliverNow(ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    for (const id of ids) await deliverQueuedMail(id);
  } catch (error) {
    console.error("mail: immediate delivery failed; left to the mail-deliver job", { ids, error });
  }
}

/** Queues a mail and tries it at once. Fails only when the mail could not be stored, never because SMTP is down. */
export async function sendMail(mail: Mail): Promise<void> {
  await deliverNow(await enqueueMails([mail]));
}
