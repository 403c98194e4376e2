import "server-only";
import { after } from "next/server";
import { deleteOutboxEmailsTo } from "@/lib/db/queries/outbox-emails";
import { deleteTokensFor } from "@/lib/db/queries/tokens";
import {
  bumpSessionVersion,
  deleteUser,
  findUserByEmail,
  findUserById,
  updateEmail,
  updatePasswordHash,
  updateUserName,
} from "@/lib/db/queries/users";
import type { User } from "@/lib/db/schema";
import { sendMail } from "@/lib/email/send";
import { passwordChangedMail } from "@/lib/email/templates";
import { hashPassword } from "./password";

// What the account and password pages change about a user. The pages call these, never lib/db, so
// the rules that go with a change (hash the password, end the sessions it must end) live in one place.

export async function getUserById(id: string): Promise<User | null> {
  return findUserById(id);
}

export async function isEmailRegistered(email: string): Promise<boolean> {
  return (await findUserByEmail(email)) !== null;
}

export async function renameUser(id: string, name: string | null): Promise<void> {
  await updateUserName(id, name);
}

/**
 * Hashes and stores a new password; the session version moves on, so every signed-in device is signed out.
 * The owner is told by mail after the response (a change they did not make is how they find out).
 */
export async function setPassword(user: Pick<User, "id" | "email">, password: string): Promise<void> {
  await updatePasswordHash(user.id, await hashPassword(password));
  after(() =>
    sendMail(passwordChangedMail(user.email)).catch((error: unknown) =>
      console.error("notice mail failed", error),
    ),
  );
}

/** False when another account holds the address already. */
export async function changeEmail(id: string, email: string): Promise<boolean> {
  return updateEmail(id, email);
}

/** Every device's session (this one too) stops working at its next request: the JWTs carry the old version. */
export async function endEverySession(id: string): Promise<void> {
  await bumpSessionVersion(id);
}

/** Removes the user and what is personal to them; memberships and OAuth accounts go by cascade. */
export async function eraseUser(user: Pick<User, "id" | "email">): Promise<void> {
  await deleteTokensFor(user.email, user.id);
  await deleteOutboxEmailsTo(user.email);
  await deleteUser(user.id);
}
