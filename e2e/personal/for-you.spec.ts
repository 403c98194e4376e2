import { uniqueEmail } from "../auth/helpers";
import { expect, expectNoA11yViolations, test } from "../fixtures";
import { FollowBar, ForYouPage } from "../pages/for-you";
import { HomePage } from "../pages/home";
import { SearchPage } from "../pages/search";
import { SignInPage } from "../pages/sign-in";
import { SignUpPage } from "../pages/sign-up";

// Issue 15, points 1 and 2 end to end: sign up → the short topic choice → For You shows the topic, saying why →
// mute a title from one of its articles → the title leaves the home page and Our Picks, with the quiet notice
// (and "show" brings the stories back into view) → undo the mute in one click.

test("sign up, choose topics, For You explains itself; a title muted from an article leaves home and picks with a notice", async ({
  page,
  mail,
}) => {
  const email = uniqueEmail("foryou");
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.submit({ email, password: "lantern-orbit-meadow-42" });
  await signUp.expectCheckEmail();
  const message = await mail.waitForMail({ to: email, subject: "Confirm your email" });
  await new SignInPage(page).enterCode(message.code ?? "");

  // A new account lands on For You, which offers the cold start.
  await expect(page).toHaveURL(/\/for-you$/);
  const forYou = new ForYouPage(page);
  await expect(forYou.chooser).toBeVisible();
  await expectNoA11yViolations(page);
  const topic = await forYou.chooseFirstTopic();
  await expect(forYou.reasons(`Because you follow ${topic}`).first()).toBeVisible();

  // Home: the For You rail, and Our Picks before the mute.
  const home = new HomePage(page);
  await home.goto();
  await expect(home.forYou).toBeVisible();
  const picks = home.ourPicks;
  const firstPick = picks.getByRole("heading", { level: 3 }).first().getByRole("link");
  const headline = (await firstPick.innerText()).trim();
  await firstPick.click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  // One click on the article mutes its title.
  const bar = new FollowBar(page);
  const title = await bar.muteFirst();

  await home.goto();
  const notice = picks.getByText(new RegExp(`^\\d+ stor(y|ies) hidden because you muted .*${title}`));
  await expect(notice).toBeVisible();
  await expect(picks.getByRole("link", { name: headline })).toHaveCount(0);
  await expect(page.locator("main .card-kicker", { hasText: title }).filter({ visible: true })).toHaveCount(
    0,
  );
  await expectNoA11yViolations(page);
  // Nothing vanished without trace: "show" opens the hidden stories in place.
  await notice.click();
  await expect(picks.getByRole("link", { name: headline })).toBeVisible();

  await forYou.goto();
  await expect(forYou.cardsOf(title)).toHaveCount(0);

  // Search too: its results come to the browser the same for everyone, and the mute is applied there.
  const search = new SearchPage(page);
  await search.goto({ q: headline });
  const results = page.getByRole("region", { name: /^Results/ });
  await expect(results.getByText(new RegExp(`hidden because you muted .*${title}`))).toBeVisible();
  await expect(results.getByRole("link", { name: headline })).toHaveCount(0);

  // Undo is one click from the article too.
  await home.goto();
  await picks.getByText(/hidden because you muted/).click();
  await picks.getByRole("link", { name: headline }).click();
  await bar.undoMute(title);
  await home.goto();
  await expect(picks.getByRole("link", { name: headline })).toBeVisible();
  await expect(picks.getByText(/hidden because you muted/)).toHaveCount(0);
});

test("visitors see what For You is and are invited to sign up; follow buttons ask them to sign in", async ({
  page,
}) => {
  await new ForYouPage(page).goto();
  await expect(page.getByRole("heading", { level: 1, name: "For You" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a free account" })).toHaveAttribute(
    "href",
    "/sign-up?callbackUrl=%2Ffor-you",
  );
  await expectNoA11yViolations(page);
  await page.goto("/following");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ffollowing/);
});
