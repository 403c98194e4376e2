import { settings } from "@/lib/config/settings";

// The frame every mail shares: a plain-text part and a small, inline-styled HTML part (mail clients ignore <style>).

export function escapeHtml(value: string): string {
  const entities: Record<string, string> = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
  };
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

export function absoluteUrl(path: string): string {
  return new URL(path, settings.appUrl).toString();
}

export interface MailBody {
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  code?: string;
  footer?: string;
}

export function renderText(body: MailBody): string {
  const parts = [body.heading, "", ...body.paragraphs.flatMap((p) => [p, ""])];
  if (body.code) parts.push(`Your code: ${body.code}`, "");
  if (body.action) parts.push(`${body.action.label}: ${body.action.url}`, "");
  parts.push(body.footer ?? "If you did not ask for this, you can ignore this email.", "", "— Newsstand");
  return parts.join("\n");
}

export function renderHtml(body: MailBody): string {
  const p = (text: string) =>
    `<p style="margin:0 0 16px;font:16px/1.5 Georgia,serif;color:#1a1a1a">${escapeHtml(text)}</p>`;
  const code = body.code
    ? `<p style="margin:0 0 16px;font:600 28px/1.2 ui-monospace,Menlo,monospace;letter-spacing:6px">${escapeHtml(body.code)}</p>`
    : "";
  const action = body.action
    ? `<p style="margin:0 0 24px"><a href="${escapeHtml(body.action.url)}" style="display:inline-block;padding:12px 20px;background:#1a1a1a;color:#ffffff;text-decoration:none;border-radius:6px;font:600 16px sans-serif">${escapeHtml(body.action.label)}</a></p>
<p style="margin:0 0 16px;font:13px/1.4 sans-serif;color:#555">Or paste this link into your browser: ${escapeHtml(body.action.url)}</p>`
    : "";
  return renderFrame(`<h1 style="margin:0 0 24px;font:700 22px/1.3 Georgia,serif">${escapeHtml(body.heading)}</h1>
${body.paragraphs.map(p).join("\n")}
${code}${action}
<p style="margin:24px 0 0;font:13px/1.4 sans-serif;color:#555">${escapeHtml(body.footer ?? "If you did not ask for this, you can ignore this email.")}</p>
${smallPrint("— Newsstand")}`);
}

/** The page and card every HTML mail sits in; `inner` is HTML (escape what it quotes). */
export function renderFrame(inner: string): string {
  return `<!doctype html><html lang="en"><body style="margin:0;padding:24px;background:#f6f5f1">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;border-radius:8px">
${inner}
</div></body></html>`;
}

/** A line of the grey small print under a mail's content; `inner` is HTML. */
export function smallPrint(inner: string): string {
  return `<p style="margin:8px 0 0;font:13px/1.4 sans-serif;color:#555">${inner}</p>`;
}

export function composeMail(to: string, subject: string, body: MailBody) {
  return { to, subject, text: renderText(body), html: renderHtml(body) };
}
