import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readListVersions } from "@/lib/db/queries/list-versions";
import { readGateFacts } from "@/lib/db/queries/member-gate";
import { findCurrentMembership } from "@/lib/db/queries/memberships";
import { bumpSessionVersion } from "@/lib/db/queries/users";
import { changeFollow } from "@/lib/personal/follows";
import { createUser, grantMembership } from "@/lib/testing/factories/accounts";
import { getReaderFollows } from "@/lib/personal/follows";
import { getSavedIds, setSaved } from "@/lib/reading/saved";
import { createArticle, createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { mayServeMemberCopy } from "./member-gate";
import { getAuthSecret } from "./secret";
import { PLAIN_SESSION_COOKIE } from "./session-cookie";
import { refreshSessionToken, revokeSessionToken } from "./session-token";

// The one gate in front of the members' shared page copies (body included): every reader who must not get one
// is refused, from the request alone, against the real database.

setUpTestDatabase();

const COOKIE = PLAIN_SESSION_COOKIE; // http (the tests' APP_URL): no __Secure- prefix
const DAY_MS = 86_400_000;

async function sessionOf(user: { id: string; sessionVersion: number }) {
  const token = await refreshSessionToken({}, { id: user.id, sessionVersion: user.sessionVersion });
  if (!token) throw new Error("no token");
  return token;
}

async function requestWith(token: Record<string, unknown> | null, cookieValue?: string): Promise<Request> {
  const value =
    cookieValue ?? (token ? await encode({ token, secret: getAuthSecret(), salt: COOKIE }) : null);
  return new Request("http://localhost/articles/a-story", {
    headers: value ? { cookie: `${COOKIE}=${value}` } : {},
  });
}

async function member(status = "active", extra: Parameters<typeof grantMembership>[1] = { status }) {
  const { user } = await createUser();
  await grantMembership(user.id, { ...extra, status });
  return { user, token: await sessionOf(user) };
}

describe("the members' page copy gate", () => {
  it("lets in a member who may read: active, on trial, in the past-due grace, and staff", async () => {
    for (const status of ["active", "trialing", "past_due"]) {
      const { token } = await member(status);
      expect(await mayServeMemberCopy(await requestWith(token)), status).toBe(true);
    }
    const { user: editor } = await createUser({ role: "editor" });
    expect(await mayServeMemberCopy(await requestWith(await sessionOf(editor)))).toBe(true);
  });

  it("refuses no cookie, a forged cookie and a token for someone else's secret", async () => {
    expect(await mayServeMemberCopy(await requestWith(null))).toBe(false);
    expect(await mayServeMemberCopy(await requestWith(null, "forged.value.here"))).toBe(false);
    const { token } = await member();
    const foreign = await encode({
      token,
      secret: "another-secret-that-is-long-enough-0123456789",
      salt: COOKIE,
    });
    expect(await mayServeMemberCopy(await requestWith(null, foreign))).toBe(false);
  });

  // An "unconfirmed" membership (past its end, no word from Stripe) is canRead's "not allowed": see entitlements.
  it("refuses a signed-in reader without a membership, and lapsed ones", async () => {
    const { user: stranger } = await createUser();
    expect(await mayServeMemberCopy(await requestWith(await sessionOf(stranger)))).toBe(false);
    const past = new Date(Date.now() - 3 * DAY_MS);
    const lapsed = [
      await member("canceled", { status: "canceled", currentPeriodEnd: past }),
      await member("past_due", { status: "past_due", pastDueSince: new Date(Date.now() - 60 * DAY_MS) }),
      await member("unpaid"),
      await member("incomplete_expired"),
    ];
    for (const { token, user } of lapsed)
      expect(await mayServeMemberCopy(await requestWith(token)), user.email).toBe(false);
  });

  it("refuses a session ended by sign-out-everywhere or by signing out, and a deleted user's", async () => {
    const everywhere = await member();
    await bumpSessionVersion(everywhere.user.id);
    expect(await mayServeMemberCopy(await requestWith(everywhere.token))).toBe(false);
    const signedOut = await member();
    await revokeSessionToken(signedOut.token);
    expect(await mayServeMemberCopy(await requestWith(signedOut.token))).toBe(false);
    const noSid = await member();
    expect(await mayServeMemberCopy(await requestWith({ ...noSid.token, sid: undefined }))).toBe(false);
  });

  it("refuses an expired token", async () => {
    const { token } = await member();
    const expired = { ...token, exp: Math.floor(Date.now() / 1000) - 60 };
    const value = await encode({ token: expired, secret: getAuthSecret(), salt: COOKIE, maxAge: -60 });
    expect(await mayServeMemberCopy(await requestWith(null, value))).toBe(false);
  });

  it("lets in a member who mutes something (their browser hides what they muted on the copy)", async () => {
    const { user, token } = await member();
    const topic = await createTopic();
    await changeFollow(user.id, "topic", topic.slug, "mute");
    expect(await mayServeMemberCopy(await requestWith(token))).toBe(true);
  });

  it("picks the membership the pages pick: a live one before a newer ended one", async () => {
    const { user } = await createUser();
    const expectSame = async () => {
      const current = await findCurrentMembership(user.id);
      const facts = await readGateFacts(user.id, "no-such-session");
      expect(facts?.membership?.status ?? null).toBe(current?.status ?? null);
      expect(facts?.membership?.currentPeriodEnd?.getTime()).toBe(current?.currentPeriodEnd?.getTime());
    };
    await expectSame();
    await grantMembership(user.id, { status: "active" });
    await expectSame();
    await grantMembership(user.id, { status: "canceled", currentPeriodEnd: new Date(Date.now() - DAY_MS) });
    await expectSame();
    expect((await readGateFacts(user.id, "no-such-session"))?.membership?.status).toBe("active");
    expect(await readGateFacts("no-such-user", "no-such-session")).toBeNull();
  });

  it("gives the reader parts' saved ids and follows as the pages read them, in the same statement", async () => {
    const { user } = await createUser();
    const [one, two] = [await createArticle(), await createArticle()];
    await setSaved(user.id, one.id, true);
    await setSaved(user.id, two.id, true);
    const [topic, title] = [await createTopic(), await createPublisher()];
    await changeFollow(user.id, "topic", topic.slug, "follow");
    await changeFollow(user.id, "publisher", title.slug, "mute");
    const basics = (await readGateFacts(user.id, "no-such-session", { savedLimit: 1000 }))?.basics;
    expect(basics?.savedIds).toEqual(await getSavedIds(user.id));
    const { follows, mutes } = await getReaderFollows(user.id);
    const key = (t: { kind: string; slug: string }) => `${t.kind}:${t.slug}`;
    expect(basics?.follows.filter((f) => !f.muted).map(key)).toEqual(follows.map(key));
    expect(basics?.follows.filter((f) => f.muted).map(key)).toEqual(mutes.map(key));
    // The browser's mute notice names what was muted; author mutes are matched by id.
    expect(basics?.follows.map(({ id, name }) => ({ id, name }))).toEqual(
      [...follows, ...mutes].map(({ id, name }) => ({ id, name })),
    );
    expect(
      (await readGateFacts(user.id, "no-such-session", { savedLimit: 1 }))?.basics?.savedIds,
    ).toHaveLength(1);
    // The home lists' versions, as readListVersions reads them (one round trip fewer for POST /api/me).
    expect(basics?.listVersions).toBe(await readListVersions(user.id));
    const { user: empty } = await createUser();
    const emptyBasics = (await readGateFacts(empty.id, "x", { savedLimit: 10 }))?.basics;
    expect(emptyBasics).toEqual({
      savedIds: [],
      follows: [],
      listVersions: await readListVersions(empty.id),
    });
    await changeFollow(empty.id, "topic", topic.slug, "follow"); // a write of theirs bumps their version
    const bumped = (await readGateFacts(empty.id, "x", { savedLimit: 10 }))?.basics?.listVersions;
    expect(bumped).toBe(await readListVersions(empty.id));
    expect(bumped).not.toBe(emptyBasics?.listVersions);
  });
});
