import { findOutboxMail, mayReadOutbox } from "@/lib/email/outbox-access";

// The HTML part of one outbox mail, as a mail client would show it: no scripts, no outside requests.
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!mayReadOutbox(request.headers)) return new Response("Not found", { status: 404 });
  const id = Number((await context.params).id);
  const mail = Number.isSafeInteger(id) && id > 0 ? await findOutboxMail(id) : null;
  if (!mail) return new Response("Not found", { status: 404 });
  return new Response(mail.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'",
      "Cache-Control": "no-store",
    },
  });
}
