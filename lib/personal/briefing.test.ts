import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpSink } from "@/e2e/support/smtp-sink";
import { settings } from "@/lib/config/settings";
import { claimBriefingSend, listDueBriefings } from "@/lib/db/queries/briefing";
import { withTransaction } from "@/lib/db/queries/transaction";
import { briefingSends, outboxEmails } from "@/lib/db/schema";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { issueViewToken } from "@/lib/reading/view-token";
import { createUser } from "@/lib/testing/factories/accounts";
import {
  createArticle,
  createAuthor,
  createPick,
  createPublisher,
  createTopic,
  hoursAgo,
} from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { buildBriefing } from "./briefing-content";
import { purgeOldBriefings, sendDueBriefings, SENDS_AT_ONCE } from "./briefing-job";
import { BriefingInputError, getBriefingSetting, saveBriefingSetting } from "./briefing-settings";
import { issueUnsubscribeToken, verifyUnsubscribeToken } from "./briefing-token";
import { changeFollow } from "./follows";

// Issue 15 point 6: the daily briefing's content (follows and Our Picks, mutes applied), who is due at a given
// instant in their own time zone, one mail per reader and local day however many runs, the signed unsubscribe
// token, and the RFC 8058 headers on the mail an SMTP server receives.

setUpTestDatabase();

let info: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  info = vi.spyOn(console, "info").mockImplementation(() => {}); // the local outbox prints each mail
});
afterAll(() => info.mockRestore());

async function subscriber(hour: number, timeZone: string) {
  const { user } = await createUser();
  await saveBriefingSetting(user.id, { enabled: true, sendHour: hour, timeZone });
  return user;
}

describe("briefing content", () => {
  it("holds fresh stories from follows and Our Picks, with the reader's mutes applied to both", async () => {
    const followed = await createTopic({ name: "Glaciers" });
    const other = await createTopic({ name: "Opera" });
    const calm = await createPublisher({ name: "The Calm Weekly" });
    const loud = await createPublisher({ name: "The Shouty Daily" });
    const fresh = await createArticle({
      topicId: followed.id,
      publisherId: calm.id,
      publishedAt: hoursAgo(2),
    });
    const mutedFresh = await createArticle({
      topicId: followed.id,
      publisherId: loud.id,
      publishedAt: hoursAgo(1),
    });
    const stale = await createArticle({
      topicId: followed.id,
      publisherId: calm.id,
      publishedAt: hoursAgo(50),
    });
    const unfollowed = await createArticle({
      topicId: other.id,
      publisherId: calm.id,
      publishedAt: hoursAgo(1),
    });
    const pick = await createArticle({
      topicId: other.id,
      publisherId: calm.id,
      headline: "Picked <b>&</b> ok",
    });
    const mutedPick = await createArticle({ topicId: other.id, publisherId: loud.id });
    await createPick(pick.id, 0);
    await createPick(mutedPick.id, 1);

    const { user } = await createUser();
    await changeFollow(user.id, "topic", followed.slug, "follow");
    await changeFollow(user.id, "publisher", loud.slug, "mute");

    const briefing = await buildBriefing(user.id, new Date());
    expect(briefing.followed.map((s) => [s.slug, s.reason])).toEqual([
      [fresh.slug, "Because you follow Glaciers"],
    ]);
    expect(briefing.followed[0]).toMatchObject({ publisherName: "The Calm Weekly", topicName: "Glaciers" });
    expect(briefing.picks.map((s) => s.slug)).toEqual([pick.slug]);
    const all = [...briefing.followed, ...briefing.picks].map((s) => s.slug);
    for (const hidden of [mutedFresh, stale, unfollowed, mutedPick]) expect(all).not.toContain(hidden.slug);

    // Unmuted, the title's stories come back in both parts.
    await changeFollow(user.id, "publisher", loud.slug, "unmute");
    const unmuted = await buildBriefing(user.id, new Date());
    expect(unmuted.followed.map((s) => s.slug)).toContain(mutedFresh.slug);
    expect(unmuted.picks.map((s) => s.slug)).toContain(mutedPick.slug);
  });
});

describe("briefing content by author and title", () => {
  it("takes followed authors' and titles' stories, and drops what a muted topic or author wrote", async () => {
    const title = await createPublisher({ name: "The Harbour Post" });
    const elsewhere = await createPublisher({ name: "The Inland Times" });
    const muted = await createTopic({ name: "Motorsport" });
    const writer = await createAuthor({ name: "Ada Lines", publisherId: elsewhere.id });
    const shouter = await createAuthor({ name: "Rex Hottake", publisherId: elsewhere.id });
    const byWriter = await createArticle({ publisherId: elsewhere.id, authorIds: [writer.id] });
    const byTitle = await createArticle({ publisherId: title.id });
    const byTitleMutedTopic = await createArticle({ publisherId: title.id, topicId: muted.id });
    const pickByShouter = await createArticle({ publisherId: elsewhere.id, authorIds: [shouter.id] });
    await createPick(pickByShouter.id, 0);

    const { user } = await createUser();
    await changeFollow(user.id, "author", writer.slug, "follow");
    await changeFollow(user.id, "publisher", title.slug, "follow");
    await changeFollow(user.id, "topic", muted.slug, "mute");
    await changeFollow(user.id, "author", shouter.slug, "mute");

    const briefing = await buildBriefing(user.id, new Date());
    expect(Object.fromEntries(briefing.followed.map((s) => [s.slug, s.reason]))).toEqual({
      [byWriter.slug]: "Because you follow Ada Lines",
      [byTitle.slug]: "Because you follow The Harbour Post",
    });
    expect(briefing.picks.map((s) => s.slug)).not.toContain(pickByShouter.slug);
    expect(briefing.followed.map((s) => s.slug)).not.toContain(byTitleMutedTopic.slug);
  });
});

describe("who is due, in their own time zone", () => {
  it("sends at the reader's local hour: Tokyo's morning is New York's evening", async () => {
    const tokyo = await subscriber(8, "Asia/Tokyo");
    const newYork = await subscriber(19, "America/New_York");
    const due = async (iso: string) =>
      (await listDueBriefings(new Date(iso), 100))
        .filter((d) => d.userId === tokyo.id || d.userId === newYork.id)
        .map((d) => [d.userId === tokyo.id ? "tokyo" : "new-york", d.localDate])
        .sort();

    expect(await due("2026-12-01T22:59:00Z")).toEqual([]); // Tokyo 07:59, New York 17:59
    expect(await due("2026-12-01T23:30:00Z")).toEqual([["tokyo", "2026-12-02"]]); // 08:30 / 18:30
    expect(await due("2026-12-02T00:05:00Z")).toEqual([
      ["new-york", "2026-12-01"], // 19:05 on the 1st in New York
      ["tokyo", "2026-12-02"],
    ]);

    // Once Tokyo's day is sent, it is not due again that local day — but is the next.
    await sendDueBriefings(new Date("2026-12-01T23:30:00Z"));
    expect(await due("2026-12-02T00:05:00Z")).toEqual([["new-york", "2026-12-01"]]);
    expect(await due("2026-12-02T23:10:00Z")).toContainEqual(["tokyo", "2026-12-03"]);
  });

  it("lists the due readers page by page, each once, whether or not a page was sent", async () => {
    const readers = await Promise.all([1, 2, 3, 4, 5].map(() => subscriber(0, "UTC")));
    const ours = new Set(readers.map((r) => r.id));
    const at = new Date("2026-12-01T09:00:00Z");
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const due = await listDueBriefings(at, 2, after);
      seen.push(...due.map((d) => d.userId));
      if (due.length < 2) break;
      after = due.at(-1)?.userId;
    }
    const mine = seen.filter((id) => ours.has(id));
    expect(mine.sort()).toEqual([...ours].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("refuses a time zone or hour it cannot use, with a message", async () => {
    const { user } = await createUser();
    await expect(
      saveBriefingSetting(user.id, { enabled: true, sendHour: 7, timeZone: "Mars/Olympus" }),
    ).rejects.toThrow(BriefingInputError);
    await expect(
      saveBriefingSetting(user.id, { enabled: true, sendHour: 24, timeZone: "UTC" }),
    ).rejects.toThrow(/between 0 and 23/);
    expect(await getBriefingSetting(user.id)).toBeNull();
    await saveBriefingSetting(user.id, { enabled: true, sendHour: 6, timeZone: "Europe/Paris" });
    expect(await getBriefingSetting(user.id)).toEqual({
      enabled: true,
      sendHour: 6,
      timeZone: "Europe/Paris",
    });
    await saveBriefingSetting(user.id, { enabled: false, sendHour: 6, timeZone: "Europe/Paris" });
    expect(await getBriefingSetting(user.id)).toBeNull();
  });
});

describe("sending", () => {
  it("sends exactly one mail when two runs go at once, and none on a rerun", async () => {
    const pick = await createArticle({ headline: "Only one of these" });
    await createPick(pick.id, 0);
    const user = await subscriber(0, "UTC");
    const now = new Date();
    const runs = await Promise.all([sendDueBriefings(now), sendDueBriefings(now)]);
    const rerun = await sendDueBriefings(now);
    const mine = await selectRowsWhere(outboxEmails, outboxEmails.to, user.email);
    expect(mine).toHaveLength(1);
    expect(runs.reduce((n, r) => n + r.sent, 0) + rerun.sent).toBeGreaterThanOrEqual(1);
    const [claim] = await selectRowsWhere(briefingSends, briefingSends.userId, user.id);
    expect(claim).toMatchObject({ mailId: mine[0]?.id });
    expect(claim?.storyCount).toBeGreaterThanOrEqual(1);
    // The stored mail carries the one-click headers and the link in both parts.
    const link = mine[0]?.headers?.["List-Unsubscribe"]?.slice(1, -1) ?? "";
    expect(link).toMatch(/^http.*\/api\/briefing\/unsubscribe\?token=b1\./);
    expect(mine[0]?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mine[0]?.text).toContain(link);
    expect(mine[0]?.html).toContain(link.replaceAll("&", "&amp;"));
    expect(mine[0]?.html).toContain("Only one of these");
  });

  it("escapes story text in the HTML part", async () => {
    const pick = await createArticle({ headline: `Cats <script>alert("x")</script> & dogs` });
    await createPick(pick.id, 0);
    const user = await subscriber(0, "UTC");
    await sendDueBriefings(new Date());
    const [mail] = await selectRowsWhere(outboxEmails, outboxEmails.to, user.email);
    expect(mail?.html).toContain("Cats &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; dogs");
    expect(mail?.html).not.toContain("<script>");
    expect(mail?.text).toContain(`Cats <script>alert("x")</script> & dogs`);
  });

  it("passes the List-Unsubscribe headers to the SMTP server", async () => {
    const pick = await createArticle({ headline: "Over the wire" });
    await createPick(pick.id, 0);
    const sink = await startSmtpSink();
    const mutable = settings as { SMTP_URL?: string; usesMailOutbox: boolean };
    const before = { url: mutable.SMTP_URL, outbox: mutable.usesMailOutbox };
    mutable.SMTP_URL = `smtp://127.0.0.1:${sink.smtpPort}`;
    mutable.usesMailOutbox = false;
    try {
      const user = await subscriber(0, "UTC");
      await sendDueBriefings(new Date());
      const [message] = sink.messages.filter((m) => m.to.includes(user.email.toLowerCase()));
      expect(message?.subject).toMatch(/^Your Newsstand briefing for \d{4}-\d{2}-\d{2}$/);
      expect(message?.headers["list-unsubscribe"]).toBe(`<${verifiedLink(message?.text ?? "", user.id)}>`);
      expect(message?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    } finally {
      mutable.SMTP_URL = before.url;
      mutable.usesMailOutbox = before.outbox;
      await sink.close();
    }
  });
});

/** The unsubscribe link in a mail's text, checked to carry a token for `userId`. */
function verifiedLink(text: string, userId: string): string {
  const link = /Unsubscribe: (\S+)/.exec(text)?.[1] ?? "";
  const token = new URL(link).searchParams.get("token") ?? "";
  expect(verifyUnsubscribeToken(token)).toBe(userId);
  return link;
}

describe("keeping briefings", () => {
  it("forgets a reader's briefings after 90 days, keeps the recent ones", async () => {
    const user = await subscriber(23, "Pacific/Kiritimati");
    const claim = (localDate: string) =>
      withTransaction((tx) => claimBriefingSend(tx, { userId: user.id, localDate, storyCount: 3 }));
    const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(await claim("2020-01-01")).toBe(true);
    expect(await claim(recent)).toBe(true);
    expect(await claim(recent)).toBe(false); // the day is claimed once
    expect(await purgeOldBriefings()).toBeGreaterThanOrEqual(1);
    const kept = await selectRowsWhere(briefingSends, briefingSends.userId, user.id);
    expect(kept.map((r) => r.localDate)).toEqual([recent]);
  });
});

describe("the unsubscribe token", () => {
  it("names its user, and nothing altered, forged or signed for another purpose verifies", () => {
    const token = issueUnsubscribeToken("user-a");
    expect(verifyUnsubscribeToken(token)).toBe("user-a");
    const [version, , signature] = token.split(".");
    const otherBody = Buffer.from("user-b").toString("base64url");
    expect(verifyUnsubscribeToken(`${version}.${otherBody}.${signature}`)).toBeNull(); // another user's id
    expect(verifyUnsubscribeToken(`${token.slice(0, -2)}AA`)).toBeNull(); // altered signature
    expect(verifyUnsubscribeToken(`${version}.${otherBody}.${"A".repeat(43)}`)).toBeNull(); // forged
    expect(verifyUnsubscribeToken("")).toBeNull();
    expect(verifyUnsubscribeToken(`${token}.extra`)).toBeNull();
    const view = issueViewToken({
      userId: "user-a",
      articleId: 1,
      publisherId: 1,
      audience: "member",
      capSeconds: 60,
    });
    expect(verifyUnsubscribeToken(view)).toBeNull();
    expect(issueUnsubscribeToken("user-b")).not.toBe(token);
  });
});

// Last: its pick would push the picks other tests look for out of the mail.
describe("sending to many", () => {
  it("sends each of more readers than it sends at once exactly one mail, two runs racing", async () => {
    const pick = await createArticle({ headline: "Everyone gets this once" });
    await createPick(pick.id, 0);
    const readers = await Promise.all(
      Array.from({ length: SENDS_AT_ONCE * 2 + 1 }, () => subscriber(0, "UTC")),
    );
    const now = new Date();
    const runs = await Promise.all([sendDueBriefings(now), sendDueBriefings(now)]);
    for (const reader of readers)
      expect(await selectRowsWhere(outboxEmails, outboxEmails.to, reader.email), reader.email).toHaveLength(
        1,
      );
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(readers.length);
  });
});
