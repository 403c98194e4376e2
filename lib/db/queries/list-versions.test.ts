import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getDb } from "../client";
import { articles, contentListVersion, readingHistory } from "../schema";
import { insertRows, selectAllRows } from "../testing/rows";
import { readListVersions } from "./list-versions";

// drizzle/0018's triggers: what lib/personal/home-parts.ts keeps its lists under.

setUpTestDatabase();

// Read with the project's row helper; inside a transaction (below) through that transaction.
const contentVersion = async () => (await selectAllRows(contentListVersion))[0]!.version;

describe("list versions", () => {
  it("a reader's own write bumps their version only", async () => {
    const [{ user: reader }, { user: other }] = [await createUser(), await createUser()];
    const story = await createArticle();
    const [mine, theirs] = [await readListVersions(reader.id), await readListVersions(other.id)];
    expect(mine).toBe(theirs); // neither wrote yet: both at 0 and the shared version
    await insertRows(readingHistory, [{ userId: reader.id, articleId: story.id }]);
    expect(await readListVersions(reader.id)).not.toBe(mine);
    expect(await readListVersions(other.id)).toBe(theirs);
  });

  it("a transaction's writes to stories bump the shared version once, at its commit", async () => {
    const stories = [await createArticle(), await createArticle()];
    const before = await contentVersion();
    await (
      await getDb()
    ).transaction(async (tx) => {
      for (const story of stories)
        await tx
          .update(articles)
          .set({ standfirst: "Rewritten" })
          .where(sql`${articles.id} = ${story.id}`);
      // Deferred to the commit: not yet bumped inside the transaction that wrote.
      const [inside] = await tx.select().from(contentListVersion);
      expect(inside!.version).toBe(before);
    });
    expect(await contentVersion()).toBe(before + 1);
  });

  it("a new story bumps nothing", async () => {
    const before = await contentVersion();
    await createArticle();
    expect(await contentVersion()).toBe(before);
  });
});
