import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listOutboxEmails } from "@/lib/db/queries/outbox-emails";
import { findUserByEmail } from "@/lib/db/queries/users";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { authenticatePassword } from "./credentials";
import {
  completeEmailSignIn,
  deliverPasswordResetMail,
  deliverSignInMail,
  deliverSignUpMail,
} from "./email-flows";

// Mail goes to the outbox table here (SMTP_URL is unset in tests).

setUpTestDatabase();

let info: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  info = vi.spyOn(console, "info").mockImplementation(() => {});
});
afterAll(() => info.mockRestore());

async function lastMailTo(email: string) {
  const mail = (await listOutboxEmails(200)).find((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return { ...mail, code: /Your code: (\d{6})/.exec(mail.text)?.[1] };
}

describe("sign-up confirmed by email", () => {
  it("creates the account only when the code is used, verified and with the chosen password", async () => {
    await deliverSignUpMail(
      "New.Reader@Example.test",
      "lantern-orbit-meadow-42",
      "New Reader",
      "/articles/x",
    );
    expect(await findUserByEmail("new.reader@example.test")).toBeNull();
    const mail = await lastMailTo("new.reader@example.test");
    expect(mail.subject).toContain("Confirm your email");
    expect(mail.html).toContain(mail.code ?? "missing");
    const result = await completeEmailSignIn({ email: "new.reader@example.test", code: mail.code ?? "" });
    expect(result.ok && result.user.emailVerified).toBeTruthy();
    expect(result.ok && result.user.name).toBe("New Reader");
    expect(await authenticatePassword("new.reader@example.test", "lantern-orbit-meadow-42")).not.toBeNull();
  });

  it("sends an existing account a sign-in mail instead, and leaves its password alone", async () => {
    const { user, password } = await createUser({ email: "taken@example.test" });
    await deliverSignUpMail("taken@example.test", "attacker-chosen-password-1", null);
    const mail = await lastMailTo("taken@example.test");
    expect(mail.subject).toContain("already have");
    expect(await authenticatePassword(user.email, password)).not.toBeNull();
    expect(await authenticatePassword(user.email, "attacker-chosen-password-1")).toBeNull();
    const result = await completeEmailSignIn({ email: user.email, code: mail.code ?? "" });
    expect(result.ok && result.user.id).toBe(user.id);
  });
});

describe("mail for addresses without an account", () => {
  it("says so, with no code, for sign-in and reset requests", async () => {
    await deliverSignInMail("nobody@example.test");
    const signIn = await lastMailTo("nobody@example.test");
    expect(signIn.text).toContain("has no account");
    expect(signIn.code).toBeUndefined();
    await deliverPasswordResetMail("nobody2@example.test");
    expect((await lastMailTo("nobody2@example.test")).text).toContain("has no account");
  });
});

describe("authenticatePassword", () => {
  it("refuses unknown addresses, wrong passwords and unconfirmed accounts", async () => {
    const { user, password } = await createUser({ email: "pw@example.test" });
    const unverified = await createUser({ email: "unverified@example.test", verified: false });
    expect((await authenticatePassword("PW@example.test ", password))?.id).toBe(user.id);
    expect(await authenticatePassword(user.email, "wrong-password")).toBeNull();
    expect(await authenticatePassword("ghost@example.test", password)).toBeNull();
    expect(await authenticatePassword(unverified.user.email, unverified.password)).toBeNull();
  });
});
