import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findLatestToken } from "@/lib/db/queries/tokens";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { completeEmailSignIn, deliverSignInMail } from "./email-flows";
import { issueToken, MAX_CODE_ATTEMPTS } from "./one-time-tokens";

// Issue 10, point 18: typing wrong sign-in codes must answer the same for an address with an account and
// one without — in words, and in the work done (attempts are counted for both, so the queries match).

setUpTestDatabase();

let info: ReturnType<typeof vi.spyOn>;
beforeAll(() => {
  info = vi.spyOn(console, "info").mockImplementation(() => {});
});
afterAll(() => info.mockRestore());

/** The answer to each of `count` wrong codes (what the person sees is a function of it: sign-in-errors.ts). */
async function typeWrongCodes(email: string, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await completeEmailSignIn({ email, code: String(100000 + i) });
    expect(result.ok).toBe(false);
    if (!result.ok) seen.push(result.reason);
  }
  return seen;
}

describe("wrong sign-in codes", () => {
  it("answer a real and an unknown address alike, attempt for attempt", async () => {
    const { user } = await createUser({ email: "real-owner@example.test" });
    const unknown = "nobody-here@example.test";
    await deliverSignInMail(user.email);
    await deliverSignInMail(unknown);

    const forReal = await typeWrongCodes(user.email, MAX_CODE_ATTEMPTS + 2);
    const forUnknown = await typeWrongCodes(unknown, MAX_CODE_ATTEMPTS + 2);
    expect(forUnknown).toEqual(forReal);
    expect(forReal.at(-1)).toBe("too-many-attempts");

    // Counted per address whether or not it has an account: the same row state behind both answers.
    const [realToken, unknownToken] = await Promise.all([
      findLatestToken(user.email, ["sign_in"]),
      findLatestToken(unknown, ["sign_in"]),
    ]);
    expect(unknownToken?.attempts).toBe(realToken?.attempts);
    expect(unknownToken?.attempts).toBe(MAX_CODE_ATTEMPTS);
  });

  it("answer alike after the owner used a code, and where nobody ever asked for one", async () => {
    const { user } = await createUser({ email: "used-code@example.test" });
    const issued = await issueToken({
      purpose: "sign_in",
      email: user.email,
      userId: user.id,
      withCode: true,
    });
    expect((await completeEmailSignIn({ email: user.email, code: issued.code ?? "" })).ok).toBe(true);
    const afterUse = await typeWrongCodes(user.email, 2);
    const neverAsked = await typeWrongCodes("never-asked@example.test", 2);
    expect(afterUse).toEqual(neverAsked);
    // Even the right code, once spent, says no more than a wrong one.
    const again = await completeEmailSignIn({ email: user.email, code: issued.code ?? "" });
    expect(again).toEqual({ ok: false, reason: "invalid" });
  });
});
