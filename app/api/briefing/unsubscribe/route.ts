import { escapeHtml } from "@/lib/email/layout";
import { isUnsubscribeToken, unsubscribeWithToken } from "@/lib/personal/briefing-settings";

// The briefing mail's one-click unsubscribe (RFC 8058), for callers outside our UI: a mail client POSTs the
// List-Unsubscribe link ("List-Unsubscribe=One-Click") with no cookies, so the signed token in the link is the
// only proof. A GET (a reader clicking the link in the body, or a mail scanner prefetching it) changes nothing: it
// answers a small page whose button makes the same POST. A token that is not ours is a 400 with a plain message.

// Never prerendered: each answer depends on the token in the request.
export const dynamic = "force-dynamic";

const INVALID =
  "This unsubscribe link is not valid — it may have been cut short or changed. Use the link in your latest briefing, or turn the briefing off on your account page.";

function html(status: number, title: string, body: string): Response {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Newsstand</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}<p><a href="/account">Your account</a> · <a href="/">Newsstand</a></p></main></body></html>`;
  return new Response(page, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer", // the token is in this page's address
    },
  });
}

const tokenOf = (request: Request) => new URL(request.url).searchParams.get("token") ?? "";

export async function GET(request: Request): Promise<Response> {
  const token = tokenOf(request);
  if (!isUnsubscribeToken(token)) return html(400, "Link not valid", `<p>${escapeHtml(INVALID)}</p>`);
  const action = `/api/briefing/unsubscribe?token=${encodeURIComponent(token)}`;
  return html(
    200,
    "Unsubscribe from the daily briefing",
    `<p>Stop sending me the Newsstand daily briefing. Nothing else about your account changes.</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button></form>`,
  );
}

export async function POST(request: Request): Promise<Response> {
  try {
    if ((await unsubscribeWithToken(tokenOf(request))) === "invalid")
      return html(400, "Link not valid", `<p>${escapeHtml(INVALID)}</p>`);
  } catch (error) {
    console.error("briefing: unsubscribe failed", error);
    return html(503, "Please try again", "<p>We could not unsubscribe you just now. Please try again.</p>");
  }
  return html(
    200,
    "You are unsubscribed",
    "<p>You will get no more daily briefings. You can turn it back on from your account page.</p>",
  );
}
