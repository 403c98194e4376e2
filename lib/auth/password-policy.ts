import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// At least 10 characters, at most 200 (argon2 happily hashes megabytes; we don't), and not guessable:
// zxcvbn with the common-passwords and diceware lists, plus the person's own email and name.

import { PASSWORD_MAX, PASSWORD_MIN } from "./password-policy-limits";

export { PASSWORD_MAX, PASSWORD_MIN };

let factory: ZxcvbnFactory | undefined;

function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

// zxcvbn answers translation keys; @zxcvbn-ts/language-en is not installed, so the few we show live here.
const WARNINGS: Record<string, string> = {
  topTen: " It is one of the most used passwords.",
  topHundred: " It is one of the most used passwords.",
  common: " It is a commonly used password.",
  similarToCommon: " It is too close to a commonly used password.",
  userInputs: " It contains your email address or name.",
  straightRow: " Rows of keys are easy to guess.",
  keyPattern: " Keyboard patterns are easy to guess.",
  simpleRepeat: " Repeated characters are easy to guess.",
  extendedRepeat: " Repeated patterns are easy to guess.",
  sequences: " Sequences like abc or 123 are easy to guess.",
  recentYears: " Recent years are easy to guess.",
  dates: " Dates are easy to guess.",
};

export type PasswordVerdict = { ok: true } | { ok: false; message: string };

export function checkPasswordPolicy(password: string, userInputs: string[] = []): PasswordVerdict {
  if (password.length < PASSWORD_MIN)
    return { ok: false, message: `Use at least ${PASSWORD_MIN} characters.` };
  if (password.length > PASSWORD_MAX)
    return { ok: false, message: `Use at most ${PASSWORD_MAX} characters.` };
  const lowered = password.toLowerCase();
  const personal = userInputs.flatMap((input) => [
    input.toLowerCase(),
    input.toLowerCase().split("@")[0] ?? "",
  ]);
  if (personal.some((part) => part.length >= 4 && lowered.includes(part))) {
    return {
      ok: false,
      message: "That password is too easy to guess. It contains your email address or name.",
    };
  }
  const inputs = userInputs
    .flatMap((input) => [input, ...input.split(/[@.\s_+-]+/)])
    .filter((v) => v.length >= 3);
  const result = getFactory().check(password, inputs);
  const wholeIsCommon = result.sequence.some(
    (match) => match.pattern === "dictionary" && match.i === 0 && match.j === password.length - 1,
  );
  if (wholeIsCommon || result.score < 3) {
    const hint = WARNINGS[result.feedback.warning ?? ""] ?? "";
    return {
      ok: false,
      message: `That password is too easy to guess.${hint} Try a few unrelated words together.`,
    };
  }
  return { ok: true };
}
