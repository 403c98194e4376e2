import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (~9 ms a hash here): slow for attackers, fast enough for sign-in.

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed check, not a crash
  }
}
