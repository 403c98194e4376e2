import { describe, expect, it } from "vitest";
import { bumpSessionVersion, deleteUser, updatePasswordHash } from "@/lib/db/queries/users";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { refreshSessionToken } from "./session-token";

setUpTestDatabase();

async function signedInToken() {
  const { user } = await createUser();
  const token = await refreshSessionToken({}, { id: user.id, sessionVersion: user.sessionVersion });
  if (!token) throw new Error("no token at sign-in");
  return { user, token };
}

describe("session tokens and sign-out-everywhere", () => {
  it("keeps a session while the user's version is unchanged", async () => {
    const { user, token } = await signedInToken();
    expect(token).toMatchObject({ sub: user.id, sessionVersion: 0 });
    expect(await refreshSessionToken(token)).toEqual(token);
  });

  it("ends every existing session when the version is bumped, and new sign-ins work", async () => {
    const { user, token } = await signedInToken();
    const otherDevice = { ...token };
    expect(await bumpSessionVersion(user.id)).toBe(1);
    expect(await refreshSessionToken(token)).toBeNull();
    expect(await refreshSessionToken(otherDevice)).toBeNull();
    const fresh = await refreshSessionToken({}, { id: user.id });
    expect(fresh).toMatchObject({ sessionVersion: 1 });
    expect(await refreshSessionToken(fresh ?? {})).not.toBeNull();
  });

  it("ends sessions when the password changes", async () => {
    const { user, token } = await signedInToken();
    await updatePasswordHash(user.id, "new-hash");
    expect(await refreshSessionToken(token)).toBeNull();
  });

  it("ends sessions of a deleted user, and refuses tokens without a subject", async () => {
    const { user, token } = await signedInToken();
    expect(await deleteUser(user.id)).toBe(true);
    expect(await refreshSessionToken(token)).toBeNull();
    expect(await refreshSessionToken({})).toBeNull();
  });
});
