import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { rowsOf } from "../open";
import { latestArticlesQuery } from "./articles";

const getDb = setUpTestDatabase();

// The lists must walk the partial (published_at DESC NULLS LAST, id DESC NULLS LAST) indexes.
// With sorting priced out, a plan that still sorts means the ORDER BY no longer matches them.
describe("latest-articles plan", () => {
  it.each([{}, { publisherId: 1 }, { topicId: 1 }])("needs no sort for %o", async (filter) => {
    const db = getDb();
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_sort = off`);
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const plan = rowsOf<Record<string, string>>(
        await tx.execute(sql`explain ${latestArticlesQuery(db, { ...filter, page: 2, pageSize: 20 })}`),
      )
        .map((row) => Object.values(row).join(""))
        .join("\n");
      expect(plan).toMatch(/Index Scan.*articles_(publisher_|topic_)?published_idx/);
      expect(plan).not.toMatch(/\bSort\b/);
    });
  });
});
