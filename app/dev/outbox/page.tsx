import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { listOutboxMails, mayReadOutbox } from "@/lib/email/outbox-access";
import { formatDateTime } from "@/lib/content/format";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };

// Mail that would have been sent, newest first: the only way to read sign-in codes without SMTP.
export default async function OutboxPage() {
  if (!mayReadOutbox(await headers())) notFound();
  const mails = await listOutboxMails(50);
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Outbox</h1>
      <p className="text-neutral-700 dark:text-neutral-300">
        SMTP_URL is not set, so mail is kept here (and printed to the server console). This page does not
        exist in a production deployment.
      </p>
      {mails.length === 0 ? <p>No mail yet.</p> : null}
      <ol className="space-y-4">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded-md border border-neutral-200 p-4 dark:border-neutral-800">
            <h2 className="font-semibold">{mail.subject}</h2>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">
              To {mail.to} · {formatDateTime(mail.createdAt)} ·{" "}
              <a href={`/dev/outbox/${mail.id}/html`} className="underline">
                view HTML part
              </a>
            </p>
            <pre className="mt-3 overflow-x-auto text-sm whitespace-pre-wrap">{mail.text}</pre>
          </li>
        ))}
      </ol>
    </main>
  );
}
