import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { settings } from "@/lib/config/settings";
import {
  claimDueOutboxEmail,
  markOutboxEmailFailed,
  markOutboxEmailSent,
  type OutboxEmail,
} from "@/lib/db/queries/outbox-emails";

// SMTP delivery of queued mails: claim one (FOR UPDATE SKIP LOCKED, with a lease), send it, mark it sent, or
// record the error and retry with exponential backoff until maxAttempts, then mark it failed. At least once:
// a worker that dies between the SMTP server's "accepted" and marking the row sends it again after the lease.

export interface DeliveryOptions {
  smtpUrl?: string;
  maxAttempts?: number;
  /** Delay before the first retry; each later one doubles, up to an hour. */
  retryBaseMs?: number;
}

// Longer than the transporter's timeouts together, so a claim never lapses while its send is still running.
const LEASE_MS = 2 * 60_000;
const MAX_RETRY_MS = 60 * 60_000;
const transporters = new Map<string, Transporter>();

function getTransporter(url: string): Transporter {
  let transporter = transporters.get(url);
  if (!transporter) {
    // nodemailer's defaults wait up to 10 minutes on a silent server.
    transporter = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transporters.set(url, transporter);
  }
  return transporter;
}

/** The wait after the `attempts`-th failure: base, 2×base, 4×base … capped at an hour. */
export function retryDelayMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

async function deliverClaimed(mail: OutboxEmail, options: DeliveryOptions): Promise<boolean> {
  const smtpUrl = options.smtpUrl ?? settings.SMTP_URL;
  const maxAttempts = options.maxAttempts ?? settings.MAIL_MAX_ATTEMPTS;
  try {
    if (!smtpUrl) throw new Error("SMTP_URL is not set");
    const { to, subject, text, html, headers } = mail;
    await getTransporter(smtpUrl).sendMail({
      from: settings.MAIL_FROM,
      to,
      subject,
      text,
      html,
      headers: headers ?? undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (mail.attempts >= maxAttempts) {
      console.error(`MAIL UNDELIVERABLE: gave up after ${mail.attempts} attempts`, {
        id: mail.id,
        to: mail.to,
        subject: mail.subject,
        error: message,
      });
      await markOutboxEmailFailed(mail.id, message, null);
    } else {
      const retryInMs = retryDelayMs(mail.attempts, options.retryBaseMs);
      console.warn("mail delivery failed; will retry", {
        id: mail.id,
        to: mail.to,
        attempt: mail.attempts,
        retryInMs,
        error: message,
      });
      await markOutboxEmailFailed(mail.id, message, retryInMs);
    }
    return false;
  }
  await markOutboxEmailSent(mail.id);
  return true;
}

/** Tries one queued mail now, unless another worker holds it or it is not due. True when it went out. */
export async function deliverQueuedMail(id: number, options: DeliveryOptions = {}): Promise<boolean> {
  const mail = await claimDueOutboxEmail(LEASE_MS, id);
  return mail ? deliverClaimed(mail, options) : false;
}

/** Sends every mail that is due, one claim at a time, until none is left; answers how many went out. */
export async function deliverDueMails(options: DeliveryOptions = {}): Promise<number> {
  let sent = 0;
  for (let mail = await claimDueOutboxEmail(LEASE_MS); mail; mail = await claimDueOutboxEmail(LEASE_MS)) {
    if (await deliverClaimed(mail, options)) sent++;
  }
  return sent;
}
