import "server-only";
import { absoluteUrl, escapeHtml, renderFrame, smallPrint } from "@/lib/email/layout";
import type { Mail } from "@/lib/email/send";
import type { Briefing, BriefingStory } from "./briefing-content";
import { issueUnsubscribeToken } from "./briefing-token";

// The briefing mail: a text and an HTML part (every story's words escaped, links absolute), and the one-click
// unsubscribe of RFC 8058 — List-Unsubscribe names an HTTPS link whose POST turns the briefing off without a
// sign-in, List-Unsubscribe-Post says the client may POST it. The same link is in the body.

export function unsubscribeUrl(userId: string): string {
  return absoluteUrl(`/api/briefing/unsubscribe?token=${encodeURIComponent(issueUnsubscribeToken(userId))}`);
}

const articleUrl = (s: BriefingStory) => absoluteUrl(`/articles/${encodeURIComponent(s.slug)}`);
const kicker = (s: BriefingStory) => `${s.publisherName} · ${s.topicName}`;

function textSection(title: string, stories: BriefingStory[]): string[] {
  if (stories.length === 0) return [];
  const lines = [title.toUpperCase(), ""];
  for (const s of stories) {
    lines.push(s.headline, kicker(s) + (s.reason ? ` — ${s.reason}` : ""), s.standfirst, articleUrl(s), "");
  }
  return lines;
}

function htmlSection(title: string, stories: BriefingStory[]): string {
  if (stories.length === 0) return "";
  const items = stories.map(
    (s) => `<div style="margin:0 0 20px">
<p style="margin:0 0 4px;font:12px/1.4 sans-serif;color:#555">${escapeHtml(kicker(s))}${s.reason ? ` · ${escapeHtml(s.reason)}` : ""}</p>
<h3 style="margin:0 0 4px;font:700 18px/1.3 Georgia,serif"><a href="${escapeHtml(articleUrl(s))}" style="color:#1a1a1a">${escapeHtml(s.headline)}</a></h3>
<p style="margin:0;font:15px/1.5 Georgia,serif;color:#333">${escapeHtml(s.standfirst)}</p>
</div>`,
  );
  return `<h2 style="margin:24px 0 12px;font:700 14px/1.3 sans-serif;text-transform:uppercase;letter-spacing:1px">${escapeHtml(title)}</h2>\n${items.join("\n")}`;
}

export function briefingMail(to: string, userId: string, briefing: Briefing, localDate: string): Mail {
  const unsubscribe = unsubscribeUrl(userId);
  const account = absoluteUrl("/account");
  const footer = "You get this because you turned on the daily briefing.";
  const text = [
    `Your Newsstand briefing for ${localDate}`,
    "",
    ...textSection("From what you follow", briefing.followed),
    ...textSection("Our Picks", briefing.picks),
    footer,
    `Change the hour: ${account}`,
    `Unsubscribe: ${unsubscribe}`,
    "",
    "— Newsstand",
  ].join("\n");
  const html =
    renderFrame(`<h1 style="margin:0 0 8px;font:700 22px/1.3 Georgia,serif">Your Newsstand briefing</h1>
<p style="margin:0 0 16px;font:13px/1.4 sans-serif;color:#555">${escapeHtml(localDate)}</p>
${htmlSection("From what you follow", briefing.followed)}
${htmlSection("Our Picks", briefing.picks)}
${smallPrint(escapeHtml(footer))}
${smallPrint(`<a href="${escapeHtml(account)}" style="color:#555">Change the hour</a> · <a href="${escapeHtml(unsubscribe)}" style="color:#555">Unsubscribe</a>`)}`);
  return {
    to,
    subject: `Your Newsstand briefing for ${localDate}`,
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
