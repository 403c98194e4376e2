import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../testing/test-db";
import { rowsOf } from "./open";
import { publishers } from "./schema";

const getDb = setUpTestDatabase();

describe("database", () => {
  it("is migrated: tables exist and the search column is generated", async () => {
    const db = getDb();
    const [p] = await db
      .insert(publishers)
      .values({ slug: "the-tribune", name: "The Tribune", country: "GB" })
      .returning();
    expect(p?.id).toBeGreaterThan(0);
    const rows = rowsOf<{ v: string }>(
      await db.execute(sql`select to_tsvector('english', '<p>Rivers rising</p>')::text as v`),
    );
    expect(rows[0]?.v).toContain("river");
  });
});
