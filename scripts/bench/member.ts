import { randomBytes, randomUUID } from "node:crypto";
import { encode } from "@auth/core/jwt";
import { sql } from "drizzle-orm";
import { getDb } from "../../lib/db/client";
import { createUser, grantMembership } from "../../lib/testing/factories/accounts";

// A signed-in member for the "member" rows, following and muting as the personal rows' readers do (readers.ts: 20
// follows, 8 titles, 6 topics, 6 authors; 5 mutes, 2 titles, 1 topic, 2 authors). The session cookie is the one
// Auth.js itself would set, encoded with the secret the benchmark gives the server.

const COOKIE = "authjs.session-token"; // plain http on loopback: no __Secure- prefix

export interface BenchMember {
  authSecret: string;
  cookie: string;
}

export async function createBenchMember(): Promise<BenchMember> {
  const { user } = await createUser({ email: `bench-member-${randomBytes(4).toString("hex")}@example.test` });
  await grantMembership(user.id, { status: "active", plan: "monthly" });
  await (
    await getDb()
  ).execute(sql`
    insert into reader_follows (user_id, kind, target_id, muted)
    select ${user.id}, 'publisher'::follow_kind, id, rn > 8 from (
      select id, row_number() over (order by id) as rn from publishers where active order by id limit 10) p
    union all select ${user.id}, 'topic'::follow_kind, id, rn > 6 from (
      select id, row_number() over (order by id) as rn from topics order by id limit 7) t
    union all select ${user.id}, 'author'::follow_kind, id, rn > 6 from (
      select id, row_number() over (order by id) as rn from authors order by id limit 8) a`);
  const authSecret = randomBytes(32).toString("hex");
  const token = await encode({
    // A sid as a sign-in gives one: a token without it is refused (lib/auth/session-token.ts).
    token: { sub: user.id, sessionVersion: user.sessionVersion, sid: randomUUID() },
    secret: authSecret,
    salt: COOKIE,
  });
  return { authSecret, cookie: `${COOKIE}=${token}` };
}
