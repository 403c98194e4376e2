import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { settings } from "@/lib/config/settings";
import { insertOutboxEmail } from "@/lib/db/queries/outbox-emails";

// One way out for every mail: SMTP_URL when set, otherwise the local outbox (table + console).

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

let transporter: Transporter | undefined;

function getTransporter(url: string): Transporter {
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

export async function sendMail(mail: Mail): Promise<void> {
  if (settings.SMTP_URL) {
    await getTransporter(settings.SMTP_URL).sendMail({ from: settings.MAIL_FROM, ...mail });
    return;
  }
  await insertOutboxEmail(mail);
  console.info(`\n[outbox] To: ${mail.to}\n[outbox] Subject: ${mail.subject}\n${mail.text}\n`);
}
