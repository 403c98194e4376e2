import { describe, expect, it } from "vitest";
import { getBriefingSetting, saveBriefingSetting } from "@/lib/personal/briefing-settings";
import { issueUnsubscribeToken } from "@/lib/personal/briefing-token";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { GET, POST } from "./route";

// The one-click unsubscribe link: a POST with a valid token turns that reader's briefing off without a session;
// a GET only shows the button; an altered or forged token is a 400 that says so, and touches nobody.

setUpTestDatabase();

const link = (token: string) =>
  `http://localhost/api/briefing/unsubscribe?token=${encodeURIComponent(token)}`;
const onePost = (token: string) =>
  POST(
    new Request(link(token), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );

async function subscribed() {
  const { user } = await createUser();
  await saveBriefingSetting(user.id, { enabled: true, sendHour: 7, timeZone: "Europe/London" });
  return user;
}

describe("/api/briefing/unsubscribe", () => {
  it("shows a button on GET and changes nothing; a POST turns the briefing off", async () => {
    const user = await subscribed();
    const token = issueUnsubscribeToken(user.id);
    const page = await GET(new Request(link(token)));
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('method="post"');
    expect(body).toContain(`token=${encodeURIComponent(token)}`);
    expect(await getBriefingSetting(user.id)).not.toBeNull(); // a scanner's prefetch unsubscribes no one

    const done = await onePost(token);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("You are unsubscribed");
    expect(await getBriefingSetting(user.id)).toBeNull();
    expect((await onePost(token)).status).toBe(200); // twice is fine
  });

  it("answers 400 with a clear message for an altered or forged token, and unsubscribes no one", async () => {
    const victim = await subscribed();
    const attacker = await subscribed();
    const [version, , signature] = issueUnsubscribeToken(attacker.id).split(".");
    const swapped = `${version}.${Buffer.from(victim.id).toString("base64url")}.${signature}`;
    for (const token of [swapped, "b1.AAAA.BBBB", "", "not-a-token"]) {
      const response = await onePost(token);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This unsubscribe link is not valid");
      expect((await GET(new Request(link(token)))).status).toBe(400);
    }
    expect(await getBriefingSetting(victim.id)).not.toBeNull();
    expect(await getBriefingSetting(attacker.id)).not.toBeNull();

    // The attacker's own token stops only the attacker's briefing.
    await onePost(issueUnsubscribeToken(attacker.id));
    expect(await getBriefingSetting(attacker.id)).toBeNull();
    expect(await getBriefingSetting(victim.id)).not.toBeNull();
  });
});
