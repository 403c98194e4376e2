import { describe, expect, it } from "vitest";
import { selectRowsWhere } from "@/lib/db/testing/rows";
import { reads } from "@/lib/db/schema";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { dailyCapSeconds, recordBeacon, startView, VIEW_TOKEN_TTL_MS } from "./reading-time";

setUpTestDatabase();

const T0 = Date.parse("2026-11-30T10:00:00Z");
const at = (seconds: number) => new Date(T0 + seconds * 1000);

async function reader() {
  const { user } = await createUser();
  const article = await createArticle({ readingMinutes: 5 }); // cap 600 s
  return { user, article, rows: () => selectRowsWhere(reads, reads.userId, user.id) };
}

describe("reading time beacons", () => {
  it("credit a running total once: a replay or a repeated total adds nothing", async () => {
    const { user, article, rows } = await reader();
    const token = startView(user.id, article, "member", T0);
    // [running total, sent at second, credited]: a repeated or smaller total adds nothing.
    const beacons = [
      [40, 60, 40],
      [40, 61, 0],
      [30, 62, 0],
      [70, 100, 30],
    ] as const;
    for (const [seconds, sentAt, credited] of beacons) {
      expect(await recordBeacon({ token, seconds }, user.id, at(sentAt))).toMatchObject({
        ok: true,
        credited,
      });
    }
    const [row] = await rows();
    expect(row).toMatchObject({ seconds: 70, audience: "member", publisherId: article.publisherId });
    expect(row?.readAt.toISOString()).toBe(at(100).toISOString());
  });

  it("never count more seconds than the wall time since the view was issued", async () => {
    const { user, article, rows } = await reader();
    const token = startView(user.id, article, "member", T0);
    expect(await recordBeacon({ token, seconds: 500 }, user.id, at(45))).toMatchObject({ credited: 45 });
    expect((await rows())[0]?.seconds).toBe(45);
  });

  it("refuse forged, altered, foreign and expired tokens", async () => {
    const { user, article, rows } = await reader();
    const { user: other } = await createUser();
    const token = startView(user.id, article, "member", T0);
    const [version, body, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as unknown[];
    claims[5] = 86_400; // a bigger cap
    const altered = `${version}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    expect(await recordBeacon({ token: altered, seconds: 50 }, user.id, at(60))).toMatchObject({
      status: 400,
    });
    expect(await recordBeacon({ token: "v1.e30.AAAA", seconds: 50 }, user.id, at(60))).toMatchObject({
      status: 400,
    });
    expect(await recordBeacon({ token, seconds: 50 }, other.id, at(60))).toMatchObject({ status: 403 });
    expect(await recordBeacon({ token, seconds: 50 }, null, at(60))).toMatchObject({ status: 403 });
    const late = new Date(T0 + VIEW_TOKEN_TTL_MS + 1000);
    expect(await recordBeacon({ token, seconds: 50 }, user.id, late)).toMatchObject({ status: 410 });
    expect(await rows()).toEqual([]);
  });

  it("stop a reader's day on one article at its cap, however many views they open", async () => {
    const { user, article, rows } = await reader();
    const cap = dailyCapSeconds(article.readingMinutes);
    expect(cap).toBe(600);
    let now = 0;
    for (let view = 0; view < 4; view += 1) {
      const token = startView(user.id, article, "member", T0 + now * 1000);
      now += 300;
      await recordBeacon({ token, seconds: 300 }, user.id, at(now));
    }
    expect((await rows()).map((r) => r.seconds)).toEqual([cap]);
    // The next UTC day starts again.
    const token = startView(user.id, article, "member", T0 + 86_400_000);
    await recordBeacon({ token, seconds: 100 }, user.id, new Date(T0 + 86_400_000 + 100_000));
    expect((await rows()).map((r) => r.seconds).sort()).toEqual([100, cap]);
  });

  it("credit one second once across views: parallel tabs or hoarded tokens share the wall time", async () => {
    const { user, article, rows } = await reader();
    const second = await createArticle({ readingMinutes: 5 });
    const tokens = [startView(user.id, article, "member", T0), startView(user.id, second, "member", T0)];
    const results = await Promise.all(
      tokens.map((token) => recordBeacon({ token, seconds: 60 }, user.id, at(60))),
    );
    expect(results.map((r) => (r.ok ? r.credited : -1)).sort()).toEqual([0, 60]);
    const all = [...(await rows()), ...(await selectRowsWhere(reads, reads.articleId, second.id))];
    expect(all.reduce((sum, r) => sum + r.seconds, 0)).toBe(60);
  });

  it("keep bots and non-members apart from members", async () => {
    const { user, article, rows } = await reader();
    await recordBeacon({ token: startView(user.id, article, "bot", T0), seconds: 20 }, user.id, at(20));
    await recordBeacon(
      { token: startView(user.id, article, "non_member", T0), seconds: 20 },
      user.id,
      at(40),
    );
    expect((await rows()).map((r) => [r.audience, r.seconds]).sort()).toEqual([
      ["bot", 20],
      ["non_member", 20],
    ]);
  });
});
