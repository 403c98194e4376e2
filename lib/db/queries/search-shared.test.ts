import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle, hoursAgo } from "@/lib/testing/factories/content";
import { rowsOf } from "../open";
import { estimateRows, type Tx } from "./search-sql";
import { andedLexemes, estimatedShare, keptCutoff, lexemesOfWords } from "./search-shared";

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
  it("gives the planner's own estimate for the words together, says whether it measured them, asks once per word", async () => {
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
    const rated = await db.transaction((tx) => estimatedShare(db, tx, terms));
    const share = rated?.share ?? Number.NaN;
    // Both from rounded row counts: equal within a row or two of the table.
    expect(planner).toBeGreaterThan(0.2);
    expect(Math.abs(share - planner)).toBeLessThanOrEqual(2 / (all ?? 1));
    // Both words are in the statistics; a word nobody wrote gets the planner's flat guess.
    expect(rated?.measured).toBe(true);
    const unknown = await db.transaction((tx) => estimatedShare(db, tx, "'harbour' & 'zyzzyva'"));
    expect(unknown?.measured).toBe(false);
    // The words are kept: the same words in another order and as a phrase ask the database nothing.
    const untouchable = new Proxy({} as Tx, {
      get() {
        throw new Error("the database was asked");
      },
    });
    const [first, second] = andedLexemes(terms)!;
    expect((await estimatedShare(db, untouchable, `${second} <-> ${first}`))?.share).toBe(share);
    expect(await estimatedShare(db, untouchable, "'harbour' | 'ferri'")).toBeUndefined();
  });
});

describe("keptCutoff", () => {
  it("finds a window's cutoff once per scope and window, an empty window included", async () => {
    const db = getDb();
    const asked: string[] = [];
    const find = (answer: string | undefined) => async () => {
      asked.push(String(answer));
      return answer;
    };
    const scope = sql`a.status = ${"published"}`;
    const at = "2026-12-01T10:00:00.000Z";
    expect(await keptCutoff(db, scope, 64, find(at))).toBe(at);
    expect(await keptCutoff(db, scope, 64, find("not asked"))).toBe(at);
    expect(await keptCutoff(db, scope, 128, find(undefined))).toBeUndefined();
    expect(await keptCutoff(db, scope, 128, find("not asked"))).toBeUndefined();
    expect(await keptCutoff(db, sql`a.status = ${"draft"}`, 64, find(at))).toBe(at);
    expect(asked).toEqual([at, "undefined", at]);
  });
});

describe("lexemesOfWords", () => {
  it("gives each word's lexemes as the database stems them (none for a stop word), asking once per word", async () => {
    const db = getDb();
    const first = await db.transaction((tx) =>
      lexemesOfWords(db, tx, ["floods", "the", "half-term", "café"]),
    );
    expect(Object.fromEntries(first)).toEqual({
      floods: ["flood"],
      the: [],
      "half-term": ["half", "half-term", "term"],
      café: ["café"],
    });
    const untouchable = new Proxy({} as Tx, {
      get() {
        throw new Error("the database was asked");
      },
    });
    expect((await lexemesOfWords(db, untouchable, ["the", "floods"])).get("floods")).toEqual(["flood"]);
  });
});
