import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A local SMTP server for browser tests: keeps every message in memory and serves them as JSON.
//   GET    /messages?to=a@b   messages whose envelope recipients include a@b (all without `to`), oldest first
//   DELETE /messages?to=a@b   forgets them (all without `to`)
//   GET    /health            200 when listening
// AUTH and STARTTLS are off: with them on, Auth.js's mailer fails with `Missing credentials for "PLAIN"`.

export interface SinkMessage {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Every header by lower-case name (unfolded; the last wins when repeated). */
  headers: Record<string, string>;
  receivedAt: string;
}

export interface SmtpSink {
  smtpPort: number;
  httpPort: number;
  messages: SinkMessage[];
  close: () => Promise<void>;
}

export async function startSmtpSink(
  options: { smtpPort?: number; httpPort?: number; host?: string } = {},
): Promise<SmtpSink> {
  const host = options.host ?? "127.0.0.1";
  let messages: SinkMessage[] = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            id: nextId++,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers: Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [
                key.toLowerCase(),
                line
                  .slice(line.indexOf(":") + 1)
                  .replace(/\r?\n[ \t]+/g, " ")
                  .trim(),
              ]),
            ),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sink");
    const to = url.searchParams.get("to")?.toLowerCase();
    const matches = (m: SinkMessage) => to === undefined || m.to.includes(to);
    res.setHeader("content-type", "application/json");
    if (url.pathname === "/health") {
      res.end(JSON.stringify({ ok: true, count: messages.length }));
    } else if (url.pathname === "/messages" && req.method === "GET") {
      res.end(JSON.stringify(messages.filter(matches)));
    } else if (url.pathname === "/messages" && req.method === "DELETE") {
      const before = messages.length;
      messages = messages.filter((m) => !matches(m));
      res.end(JSON.stringify({ deleted: before - messages.length }));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: "not found" }));
    }
  });

  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  await listen(http, options.httpPort ?? 0, host);

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    get messages() {
      return messages;
    },
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}

// Run directly (Playwright webServer): node --import tsx e2e/support/smtp-sink.ts
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sink = await startSmtpSink({
    smtpPort: Number(process.env.SMTP_SINK_PORT ?? 2525),
    httpPort: Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526),
  });
  console.log(
    `SMTP sink: smtp://127.0.0.1:${sink.smtpPort}, messages at http://127.0.0.1:${sink.httpPort}/messages`,
  );
  const stop = () => void sink.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
