import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle, hoursAgo } from "@/lib/testing/factories/content";
import { rowsOf } from "../open";
import { estimateRows, type Tx } from "./search-sql";
import { andedLexemes, estimatedShare } from "./search-shares";

const getDb = setUpTestDatabase();

describe("andedLexemes", () => {
  it("reads the lexemes of a tsquery that only ANDs them, phrases included", () => {
    expect(andedLexemes("'hatcher' & 'pennock'")).toEqual(["'hatcher'", "'pennock'"]);
    expect(andedLexemes("'55' <-> '400' & 'daili'")).toEqual(["'55'", "'400'", "'daili'"]);
    expect(andedLexemes("( 'a' <2> 'b' ) & 'joe''s'")).toEqual(["'a'", "'b'", "'joe''s'"]);
  });

  it("refuses anything whose share is not the product of its words'", () => {
    for (const terms of ["'a' | 'b'", "!'a' & 'b'", "'a':* & 'b'", "'a':AB", "", "'a' 'b'", "'unclosed"])
      expect(andedLexemes(terms), terms).toBeNull();
  });
});

describe("estimatedShare", () => {
  it("gives the planner's own estimate for the words together, and asks once per word", async () => {
    const db = getDb();
    for (let i = 0; i < 24; i += 1)
      await createArticle({
        headline: i % 2 === 0 ? `Harbour ferry timetable ${i}` : `Harbour works ${i}`,
        publishedAt: hoursAgo(i + 1),
      });
    await db.execute(sql`analyze articles`);
    const terms = rowsOf<{ terms: string }>(
      await db.execute(sql`select websearch_to_tsquery('english', 'harbour ferries') :: text as terms`),
    )[0]!.terms;
    const [all, matching] = await db.transaction((tx) =>
      estimateRows(tx, [sql`true`, sql`a.search @@ ${terms}::tsquery`]),
    );
    const planner = (matching ?? 0) / (all ?? 1);
    const share = await db.transaction((tx) => estimatedShare(db, tx, terms));
    // Both from rounded row counts: equal within a row or two of the table.
    expect(planner).toBeGreaterThan(0.2);
    expect(Math.abs((share ?? 0) - planner)).toBeLessThanOrEqual(2 / (all ?? 1));
    // The words are kept: the same words in another order and as a phrase ask the database nothing.
    const untouchable = new Proxy({} as Tx, {
      get() {
        throw new Error("the database was asked");
      },
    });
    const [first, second] = andedLexemes(terms)!;
    expect(await estimatedShare(db, untouchable, `${second} <-> ${first}`)).toBe(share);
    expect(await estimatedShare(db, untouchable, "'harbour' | 'ferri'")).toBeUndefined();
  });
});
