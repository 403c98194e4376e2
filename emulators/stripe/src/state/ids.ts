import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function randomId(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

// Stripe's prefixes; the tail is random like Stripe's (24 chars, 58 for checkout sessions).
export function newId(prefix: string): string {
  return `${prefix}_${randomId(prefix === "cs_test" ? 58 : 24)}`;
}
