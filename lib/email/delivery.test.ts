import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpSink } from "@/e2e/support/smtp-sink";
import { findOutboxEmail, insertOutboxEmails, purgeOldOutboxEmails } from "@/lib/db/queries/outbox-emails";
import { outboxEmails } from "@/lib/db/schema";
import { databaseNowMinus, selectRowsWhere, updateRowsWhere } from "@/lib/db/testing/rows";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { deliverDueMails, deliverQueuedMail, retryDelayMs } from "./delivery";
import { sendMail } from "./send";

// Queued mail against a real SMTP sink on loopback (e2e/support/smtp-sink.ts), on PGlite or PostgreSQL.

setUpTestDatabase();

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
let info: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  error = vi.spyOn(console, "error").mockImplementation(() => {});
  info = vi.spyOn(console, "info").mockImplementation(() => {});
});
afterAll(() => {
  warn.mockRestore();
  error.mockRestore();
  info.mockRestore();
});

const mail = (to: string, subject = `Hello ${to}`) => ({
  to,
  subject,
  text: `text for ${to}`,
  html: `<p>${to}</p>`,
});

async function queue(...mails: ReturnType<typeof mail>[]): Promise<number[]> {
  return insertOutboxEmails(mails, "queued");
}

/** A port with nothing listening on it (a sink was there a moment ago), for "the SMTP server is down". */
async function closedPort(): Promise<number> {
  const sink = await startSmtpSink();
  await sink.close();
  return sink.smtpPort;
}

describe("queued mail delivery", () => {
  it("keeps a mail queued while the SMTP server is down and delivers it once it is up", async () => {
    const port = await closedPort();
    const smtpUrl = `smtp://127.0.0.1:${port}`;
    const [id = 0] = await queue(mail("down@example.test"));
    expect(await deliverQueuedMail(id, { smtpUrl, retryBaseMs: 60_000 })).toBe(false);
    const failed = await findOutboxEmail(id);
    expect(failed).toMatchObject({
      status: "queued",
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(failed?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await deliverDueMails({ smtpUrl })).toBe(0); // backing off: not due yet

    const sink = await startSmtpSink({ smtpPort: port });
    try {
      // The minute passes.
      await updateRowsWhere(outboxEmails, outboxEmails.id, id, { nextAttemptAt: databaseNowMinus() });
      expect(await deliverDueMails({ smtpUrl })).toBe(1);
      expect(sink.messages.map((m) => [m.to, m.subject])).toEqual([
        [["down@example.test"], "Hello down@example.test"],
      ]);
      expect(await findOutboxEmail(id)).toMatchObject({
        status: "sent",
        attempts: 2,
        lastError: null,
        sentAt: expect.any(Date),
      });
      // Delivered: the text (where codes and links live) is no longer kept; the record is.
      expect(await findOutboxEmail(id)).toMatchObject({
        to: "down@example.test",
        subject: "Hello down@example.test",
        text: "",
        html: "",
      });
    } finally {
      await sink.close();
    }
  });

  it("delivers each mail exactly once when two workers run at once", async () => {
    const sink = await startSmtpSink();
    try {
      const smtpUrl = `smtp://127.0.0.1:${sink.smtpPort}`;
      const ids = await queue(...Array.from({ length: 30 }, (_, i) => mail(`pair${i}@example.test`)));
      const [a, b] = await Promise.all([deliverDueMails({ smtpUrl }), deliverDueMails({ smtpUrl })]);
      expect(a + b).toBe(30);
      expect(a).toBeGreaterThan(0); // both really worked side by side
      expect(b).toBeGreaterThan(0);
      const recipients = sink.messages.flatMap((m) => m.to).sort();
      expect(recipients).toEqual(ids.map((_, i) => `pair${i}@example.test`).sort());
      const rows = await Promise.all(ids.map((id) => findOutboxEmail(id)));
      expect(rows.every((r) => r?.status === "sent" && r.attempts === 1)).toBe(true);
    } finally {
      await sink.close();
    }
  });

  it("gives up after the last attempt: marked failed, logged, never tried again", async () => {
    const smtpUrl = `smtp://127.0.0.1:${await closedPort()}`;
    const [id = 0] = await queue(mail("never@example.test"));
    expect(await deliverDueMails({ smtpUrl, maxAttempts: 3, retryBaseMs: 0 })).toBe(0);
    expect(await findOutboxEmail(id)).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/UNDELIVERABLE.*3 attempts/),
      expect.objectContaining({ id }),
    );
    expect(await deliverQueuedMail(id, { smtpUrl, maxAttempts: 3 })).toBe(false);
    expect((await findOutboxEmail(id))?.attempts).toBe(3);
  });

  it("does not send a delivered mail again", async () => {
    const sink = await startSmtpSink();
    try {
      const smtpUrl = `smtp://127.0.0.1:${sink.smtpPort}`;
      const [id = 0] = await queue(mail("once@example.test"));
      expect(await deliverQueuedMail(id, { smtpUrl })).toBe(true);
      expect(await deliverQueuedMail(id, { smtpUrl })).toBe(false);
      // Even once its claim's lease would have run out.
      await updateRowsWhere(outboxEmails, outboxEmails.id, id, { nextAttemptAt: databaseNowMinus(0, 1) });
      expect(await deliverDueMails({ smtpUrl })).toBe(0);
      expect(sink.messages.filter((m) => m.to.includes("once@example.test"))).toHaveLength(1);
    } finally {
      await sink.close();
    }
  });

  it("purges sent and failed mails past the retention period, never queued ones", async () => {
    const ago = (days: number) => databaseNowMinus(days);
    const [oldSent = 0, newSent = 0, oldFailed = 0, oldQueued = 0] = await queue(
      mail("old-sent@example.test"),
      mail("new-sent@example.test"),
      mail("old-failed@example.test"),
      mail("old-queued@example.test"),
    );
    const age = (id: number, days: number, status: "queued" | "sent" | "failed", sentDaysAgo?: number) =>
      updateRowsWhere(outboxEmails, outboxEmails.id, id, {
        status,
        createdAt: ago(days),
        sentAt: sentDaysAgo === undefined ? null : ago(sentDaysAgo),
      });
    await age(oldSent, 31, "sent", 31);
    await age(newSent, 40, "sent", 29); // queued long ago, sent recently: kept
    await age(oldFailed, 45, "failed");
    await age(oldQueued, 60, "queued");
    expect(await purgeOldOutboxEmails(30)).toBe(2);
    expect(await findOutboxEmail(oldSent)).toBeNull();
    expect(await findOutboxEmail(oldFailed)).toBeNull();
    expect(await findOutboxEmail(newSent)).not.toBeNull();
    expect(await findOutboxEmail(oldQueued)).not.toBeNull();
  });

  it("backs off exponentially, capped at an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });
});

describe("without SMTP_URL (the local outbox)", () => {
  it("stores the mail as shown, prints it, and queues nothing", async () => {
    await sendMail(mail("local@example.test", "Local subject"));
    const [row] = await selectRowsWhere(outboxEmails, outboxEmails.to, "local@example.test");
    expect(row).toMatchObject({ status: "sent", attempts: 0, subject: "Local subject" });
    expect(info).toHaveBeenCalledWith(expect.stringContaining("[outbox] Subject: Local subject"));
  });
});
