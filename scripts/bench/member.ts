import { randomBytes, randomUUID } from "node:crypto";
import { encode } from "@auth/core/jwt";
import { createUser, grantMembership } from "../../lib/testing/factories/accounts";

// A signed-in member for the "member" row: pages a member reads are never served from the page cache,
// so this row shows what rendering costs. The session cookie is the one Auth.js itself would set,
// encoded with the secret the benchmark gives the server.

const COOKIE = "authjs.session-token"; // plain http on loopback: no __Secure- prefix

export interface BenchMember {
  authSecret: string;
  cookie: string;
}

export async function createBenchMember(): Promise<BenchMember> {
  const { user } = await createUser({ email: `bench-member-${randomBytes(4).toString("hex")}@example.test` });
  await grantMembership(user.id, { status: "active", plan: "monthly" });
  const authSecret = randomBytes(32).toString("hex");
  const token = await encode({
    // A sid as a sign-in gives one: a token without it is refused (lib/auth/session-token.ts).
    token: { sub: user.id, sessionVersion: user.sessionVersion, sid: randomUUID() },
    secret: authSecret,
    salt: COOKIE,
  });
  return { authSecret, cookie: `${COOKIE}=${token}` };
}
