import type { SinkMessage } from "./smtp-sink";

// Test-side client of the SMTP sink's HTTP API (see smtp-sink.ts).

export interface ReceivedMail {
  subject: string;
  text: string;
  html: string;
  /** Every http(s) link in the text and HTML parts, in order, without duplicates. */
  links: string[];
  /** The first 6-digit code in the text part, if any (sign-in codes). */
  code: string | undefined;
  /** The mail's headers by lower-case name (e.g. list-unsubscribe). */
  headers: Record<string, string>;
}

export interface MailQuery {
  to: string;
  /** Substring (case-insensitive) or pattern the subject must match. */
  subject?: string | RegExp;
  timeoutMs?: number;
}

export function createMailClient(baseUrl: string) {
  async function list(to?: string): Promise<SinkMessage[]> {
    const query = to ? `?to=${encodeURIComponent(to)}` : "";
    const response = await fetch(`${baseUrl}/messages${query}`);
    if (!response.ok) throw new Error(`SMTP sink answered ${response.status}`);
    return (await response.json()) as SinkMessage[];
  }

  /** The newest mail to `to` (matching `subject`), waiting for it to arrive. */
  async function waitForMail({ to, subject, timeoutMs = 15_000 }: MailQuery): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await list(to)).filter((m) => matchesSubject(m.subject, subject)).at(-1);
      if (found) return describeMail(found);
      if (Date.now() > deadline) {
        throw new Error(
          `no mail to ${to}${subject ? ` with subject ${String(subject)}` : ""} within ${timeoutMs} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function clear(to?: string): Promise<void> {
    const query = to ? `?to=${encodeURIComponent(to)}` : "";
    await fetch(`${baseUrl}/messages${query}`, { method: "DELETE" });
  }

  return { list, waitForMail, clear };
}

export type MailClient = ReturnType<typeof createMailClient>;

function matchesSubject(actual: string, wanted: string | RegExp | undefined): boolean {
  if (wanted === undefined) return true;
  if (typeof wanted === "string") return actual.toLowerCase().includes(wanted.toLowerCase());
  return wanted.test(actual);
}

export function describeMail(
  message: Pick<SinkMessage, "subject" | "text" | "html"> & Partial<Pick<SinkMessage, "headers">>,
): ReceivedMail {
  const hrefs = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? ""));
  const bare = [...`${message.text}\n${message.html}`.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)].map((m) =>
    decodeEntities(m[0]),
  );
  const links = [...new Set([...hrefs, ...bare].filter((l) => /^https?:\/\//.test(l)))];
  return {
    subject: message.subject,
    text: message.text,
    html: message.html,
    links,
    // Links may carry digits of their own (tokens), so look for the code outside them.
    code: /\b(\d{6})\b/.exec(message.text.replace(/https?:\/\/\S+/g, " "))?.[1],
    headers: message.headers ?? {},
  };
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&#x2F;/gi, "/")
    .replace(/&#x3D;/gi, "=")
    .replace(/&quot;/g, '"');
}
