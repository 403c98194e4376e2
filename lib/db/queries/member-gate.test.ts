import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "@/lib/testing/factories/accounts";
import { createArticle, createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getDb } from "../client";
import { runsOnOneConnection } from "../open";
import { readGateFactsKept } from "./member-gate";

// The member gate's facts are kept in memory where the database runs in the process (PGlite) until a write to
// what they say commits (drizzle/0016's trigger). A kept fact that outlived a write would serve a lapsed or
// signed-out reader the members' copy, body included: every write must be seen by the very next read.

setUpTestDatabase();

describe("the member gate's kept facts", () => {
  it("are kept on PGlite only, and forgotten on any write by any code path", async () => {
    const db = await getDb();
    const { user } = await createUser();
    await grantMembership(user.id, { status: "active" });
    const sid = randomUUID();
    const read = () => readGateFactsKept(user.id, sid);

    // The same object again where kept; read afresh on PostgreSQL.
    const [once, twice] = [await read(), await read()];
    expect(once === twice).toBe(runsOnOneConnection(db));
    expect(once?.membership?.status).toBe("active");

    // Raw statements, past every function of ours: the trigger still tells the gate.
    await db.execute(sql`update memberships set status = 'unpaid' where user_id = ${user.id}`);
    expect((await read())?.membership?.status).toBe("unpaid");
    await db.execute(
      sql`insert into revoked_sessions (id, user_id, expires_at) values (${sid}, ${user.id}, now() + interval '1 day')`,
    );
    expect((await read())?.revoked).toBe(true);
    const version = (await read())?.sessionVersion ?? -1;
    await db.execute(sql`update users set session_version = session_version + 1 where id = ${user.id}`);
    expect((await read())?.sessionVersion).toBe(version + 1);
    await db.execute(sql`update users set role = 'editor' where id = ${user.id}`);
    expect((await read())?.role).toBe("editor");
    await db.execute(sql`delete from users where id = ${user.id}`);
    expect(await read()).toBeNull();
  });

  it("with the reader's parts: forgotten when they save a story or follow something", async () => {
    const db = await getDb();
    const { user } = await createUser();
    await grantMembership(user.id, { status: "active" });
    const sid = randomUUID();
    const read = () => readGateFactsKept(user.id, sid, { savedLimit: 10 });
    const [once, twice] = [await read(), await read()];
    expect(once === twice).toBe(runsOnOneConnection(db));
    expect(once?.basics).toMatchObject({ savedIds: [], follows: [] });

    const topic = await createTopic({ name: "Gate Parts" });
    const title = await createPublisher({ name: "The Gate Parts Post" });
    const article = await createArticle({ topicId: topic!.id, publisherId: title.id });
    await db.execute(
      sql`insert into saved_articles (user_id, article_id) values (${user.id}, ${article.id})`,
    );
    expect((await read())?.basics?.savedIds).toEqual([article.id]);
    await db.execute(
      sql`insert into reader_follows (user_id, kind, target_id) values (${user.id}, 'topic', ${topic!.id})`,
    );
    expect((await read())?.basics?.follows.map((f) => f.id)).toEqual([topic!.id]);
  });

  it("never leaves older facts behind when a read and a write race", async () => {
    const db = await getDb();
    const { user } = await createUser();
    await grantMembership(user.id, { status: "active" });
    const sid = randomUUID();
    // A read and a write at once, many times: whatever order they ran in, the next read sees the write.
    for (const status of ["unpaid", "active", "canceled", "trialing"]) {
      await Promise.all([
        readGateFactsKept(user.id, sid),
        db.execute(sql`update memberships set status = ${status} where user_id = ${user.id}`),
      ]);
      expect((await readGateFactsKept(user.id, sid))?.membership?.status).toBe(status);
    }
  });
});
