import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "./password-policy";

describe("checkPasswordPolicy", () => {
  it.each(["short1!", "password123", "1234567890", "qwertyuiop12", "iloveyou2024"])(
    "refuses %s",
    (password) => {
      expect(checkPasswordPolicy(password).ok).toBe(false);
    },
  );

  it("refuses a password built from the person's own email", () => {
    expect(checkPasswordPolicy("jane.reader2", ["jane.reader@example.test"]).ok).toBe(false);
  });

  it("refuses over-long passwords with a clear message", () => {
    expect(checkPasswordPolicy("x".repeat(201))).toEqual({
      ok: false,
      message: "Use at most 200 characters.",
    });
  });

  it.each(["newsstand-demo", "blue-lantern-orbit-42", "correct horse battery staple"])(
    "accepts %s",
    (password) => {
      expect(checkPasswordPolicy(password)).toEqual({ ok: true });
    },
  );
});
