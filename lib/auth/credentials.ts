import "server-only";
import { findUserByEmail, normaliseEmail } from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { hashPassword, verifyPassword } from "./password";

// Password check with the same work whether or not the account exists: unknown emails (and accounts
// without a password, e.g. Google-only) are verified against a dummy hash.

let dummyHash: Promise<string> | undefined;

function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-but-the-same-cost");
  return dummyHash;
}

export async function authenticatePassword(email: string, password: string): Promise<User | null> {
  const user = await findUserByEmail(normaliseEmail(email));
  const stored = user?.passwordHash ?? (await getDummyHash());
  const valid = await verifyPassword(stored, password);
  // An account only becomes usable with a password once its address is confirmed (see sign-up).
  if (!user || !user.passwordHash || !valid || !user.emailVerified) return null;
  return user;
}
