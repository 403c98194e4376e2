import { uniqueEmail } from "../auth/helpers";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { AccountPage } from "../pages/account";
import { FollowBar } from "../pages/for-you";

// Issue 15, point 6 end to end: follow a title → turn the daily briefing on from the account page (the time zone
// defaults to the browser's) → one run of the briefing job → the mail has the title's fresh story, Our Picks and
// the RFC 8058 headers → the link's GET only asks, a forged token is refused, and a cookie-less POST of the
// List-Unsubscribe link turns the briefing off, as the account page then says.

test.use({ timezoneId: "Asia/Tokyo" });

test("opt in, get the briefing with one-click unsubscribe headers, unsubscribe without signing in", async ({
  page,
  playwright,
  testHooks,
  mail,
  signInAs,
}) => {
  const user = await testHooks.createUser({ email: uniqueEmail("briefing"), verified: true });
  const story = await testHooks.createArticle({ headline: `Briefing glacier survey ${Date.now()}` });
  // Followed from the title's page: a story the reader has opened (and so maybe read) is left out, as in For You.
  await signInAs(page, user, `/publishers/${story.publisherSlug}`);
  const title = await new FollowBar(page).followFirst();

  const account = new AccountPage(page);
  await account.goto();
  await expect(account.briefingStatus).toHaveText("Your daily briefing is off.");
  await expect(account.briefingForm.getByLabel("Time zone")).toHaveValue("Asia/Tokyo"); // the browser's zone
  await expectNoA11yViolations(page);
  await account.turnOnBriefing(0); // 00:00 local: due at once
  await page.reload();
  await expect(account.briefingStatus).toHaveText(
    "Your daily briefing is on: every day at 00:00, Asia/Tokyo time.",
  );

  // The job as its schedule runs it (the app's own quarter-hour run may have got there first: either way, once).
  await testHooks.call("run-briefings");
  const briefing = await mail.waitForMail({ to: user.email, subject: "Your Newsstand briefing" });
  expect(briefing.text).toContain(story.headline);
  expect(briefing.text).toContain(`Because you follow ${title}`);
  expect(briefing.text).toContain("OUR PICKS");
  expect(briefing.links).toContainEqual(expect.stringMatching(new RegExp(`/articles/${story.slug}$`)));
  const header = briefing.headers["list-unsubscribe"] ?? "";
  expect(header).toMatch(/^<http:\/\/.+\/api\/briefing\/unsubscribe\?token=[^>]+>$/);
  expect(briefing.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const link = header.slice(1, -1);
  expect(briefing.links).toContain(link); // the body has the same link
  // A second run the same day sends nothing more to this reader.
  await testHooks.call("run-briefings");
  expect((await mail.list(user.email)).filter((m) => m.subject.includes("briefing"))).toHaveLength(1);

  // The link's GET (a click, or a scanner's prefetch) only asks.
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
  await account.goto();
  await expect(account.briefingStatus).toContainText("is on");

  // What a mail client does: POST the header's link, with no cookies at all.
  const client = await playwright.request.newContext();
  try {
    const forged = link.replace(
      /token=b1\.[^.]+/,
      `token=b1.${Buffer.from("someone-else").toString("base64url")}`,
    );
    const refused = await client.post(forged, { form: { "List-Unsubscribe": "One-Click" } });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain("This unsubscribe link is not valid");
    const done = await client.post(link, { form: { "List-Unsubscribe": "One-Click" } });
    expect(done.status()).toBe(200);
    expect(await done.text()).toContain("You are unsubscribed");
  } finally {
    await client.dispose();
  }
  await account.goto();
  await expect(account.briefingStatus).toHaveText("Your daily briefing is off.");
});
