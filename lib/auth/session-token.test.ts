import { describe, expect, it } from "vitest";
import { bumpSessionVersion, deleteUser, updatePasswordHash } from "@/lib/db/queries/users";
import { createUser } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { refreshSessionToken, revokeSessionToken } from "./session-token";

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

  it("signing out after deleting the account is quiet (no row to revoke, the token is refused anyway)", async () => {
    const { user, token } = await signedInToken();
    expect(await deleteUser(user.id)).toBe(true);
    await expect(revokeSessionToken(token)).resolves.toBeUndefined();
    expect(await refreshSessionToken(token)).toBeNull();
  });

  it("signing out ends that session only, for every copy of its cookie", async () => {
    const { user, token: laptop } = await signedInToken();
    const phone = await refreshSessionToken({}, { id: user.id });
    expect(phone?.sid).toBeTruthy();
    expect(phone?.sid).not.toBe(laptop.sid);
    const stolenCopy = { ...laptop };
    await revokeSessionToken(laptop);
    expect(await refreshSessionToken(laptop)).toBeNull();
    expect(await refreshSessionToken(stolenCopy)).toBeNull();
    expect(await refreshSessionToken(phone ?? {})).not.toBeNull();
  });

  it("refuses a token from before sessions had ids (it could not be signed out)", async () => {
    const { token } = await signedInToken();
    const { sid: _sid, ...withoutSid } = token;
    expect(await refreshSessionToken(withoutSid)).toBeNull();
  });
});
