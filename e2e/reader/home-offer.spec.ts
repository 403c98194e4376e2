import { expect, expectNoA11yViolations, signInWithPassword, test } from "../fixtures";
import { HomePage, MEMBERSHIP_OFFER } from "../pages/home";

// Issue 10, point 8: members get their news first; the membership offer is for readers without one; on a
// phone a story shows above the fold either way.

// Signing in (argon2) and axe on a loaded two-core machine can take most of the default minute.
test.describe.configure({ timeout: 120_000 });
const PHONE = { width: 390, height: 844 };

/** The lead story's headline link is inside the first screen. */
async function expectStoryAboveTheFold(home: HomePage) {
  const lead = home.leadStory;
  await expect(lead).toBeVisible();
  const box = await lead.boundingBox();
  expect(box, "the lead story's link has a box").not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0), "lead story bottom (px)").toBeLessThanOrEqual(
    PHONE.height,
  );
}

test("a visitor on a phone sees the offer and a story in the first screen", async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  const home = new HomePage(page);
  await home.goto();
  await expect(home.offer).toBeVisible();
  await expectStoryAboveTheFold(home);
  await page.screenshot({ path: testInfo.outputPath("home-visitor-390.png") });
  await expectNoA11yViolations(page);
});

// Members come from the factories, not the demo accounts: those exist only on the embedded defaults.
const MEMBERS = [
  { who: "member", grant: { status: "active", plan: "annual" } },
  {
    who: "trial",
    grant: {
      status: "trialing",
      plan: "monthly",
      trialEnd: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    },
  },
] as const;

for (const { who, grant } of MEMBERS) {
  test(`a ${who} gets the news first, with no trial offer`, async ({ page, testHooks }, testInfo) => {
    await page.setViewportSize(PHONE);
    const user = await testHooks.createUser();
    await testHooks.grantMembership(user.id, grant);
    await signInWithPassword(page, user);
    const home = new HomePage(page);
    await home.goto();
    await expect(page.getByRole("heading", { name: "Top stories" })).toBeVisible();
    await expect(page.getByRole("link", { name: MEMBERSHIP_OFFER })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /free trial/i })).toHaveCount(0);
    await expectStoryAboveTheFold(home);
    const heading = await page.getByRole("heading", { name: "Top stories" }).boundingBox();
    expect(heading?.y ?? Infinity, "Top stories starts near the top (px)").toBeLessThan(250);
    await page.screenshot({ path: testInfo.outputPath(`home-${who}-390.png`) });
    await expectNoA11yViolations(page);
  });
}

test("a signed-in reader without a membership is still offered one", async ({ page, testHooks }) => {
  const user = await testHooks.createUser();
  await signInWithPassword(page, user);
  const home = new HomePage(page);
  await home.goto();
  await expect(home.main.getByRole("link", { name: "Start your free trial" })).toBeVisible();
});
