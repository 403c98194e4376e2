import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailClient } from "./mail";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

// The sink and its client, end to end through nodemailer (the app's mailer).

describe("SMTP sink", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  it("stores parsed mail per recipient and extracts links and the code", async () => {
    const transport = createTransport(`smtp://127.0.0.1:${sink.smtpPort}`);
    const longLine = `Use this link to sign in: http://localhost:3000/api/auth/callback/email?token=${"a1".repeat(40)}&email=x%40y.test`;
    await transport.sendMail({
      from: "Newsstand <hello@newsstand.test>",
      to: "Reader@Example.test",
      subject: "Sign in to Newsstand",
      text: `${longLine}\n\nOr enter the code 482913 — it works on its own.`,
      html: `<p><a href="http://localhost:3000/verify?a=1&amp;b=2">Sign in</a> – code <b>482913</b></p>`,
    });
    await transport.sendMail({
      from: "hello@newsstand.test",
      to: "other@example.test",
      subject: "Other",
      text: "nothing",
    });

    const mail = createMailClient(`http://127.0.0.1:${sink.httpPort}`);
    const received = await mail.waitForMail({ to: "reader@example.test", subject: /sign in/i });
    expect(received.subject).toBe("Sign in to Newsstand");
    expect(received.code).toBe("482913");
    expect(received.links).toContain("http://localhost:3000/verify?a=1&b=2");
    expect(received.links).toContain(
      `http://localhost:3000/api/auth/callback/email?token=${"a1".repeat(40)}&email=x%40y.test`,
    );
    expect(await mail.list("other@example.test")).toHaveLength(1);

    await mail.clear("reader@example.test");
    expect(await mail.list()).toHaveLength(1);
    await expect(mail.waitForMail({ to: "reader@example.test", timeoutMs: 300 })).rejects.toThrow(/no mail/);
  });
});
