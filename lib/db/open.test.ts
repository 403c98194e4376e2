import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../testing/test-db";
import { executePrepared, rowsOf, runsOnOneConnection } from "./open";
import { rawSqlOf } from "./raw-sql";
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

describe("executePrepared", () => {
  it("answers as db.execute does, however its values are spelled, and prepares the statement once", async () => {
    const db = getDb();
    const [p] = await db
      .insert(publishers)
      .values({ slug: "o-briens-weekly", name: "O'Brien's \\ Weekly; drop table users --", country: "IE" })
      .returning();
    const statement = (name: string | null, since: Date) =>
      sql`select id, name, ${since.toISOString()}::timestamptz <= now() as past from publishers
          where (${name}::text is null or name = ${name}) and id >= ${0} order by id limit 5`;
    const since = new Date("2020-01-02T03:04:05Z");
    const odd = p?.name ?? "";
    const expected = rowsOf(await db.execute(statement(odd, since)));
    expect(expected).toEqual([{ id: p?.id, name: odd, past: true }]);
    expect(await executePrepared(db, statement(odd, since))).toEqual(expected);
    // Again (a kept plan on both databases), and with a null where the text had a value.
    expect(await executePrepared(db, statement(odd, since))).toEqual(expected);
    const all = await executePrepared<{ id: number }>(db, statement(null, since));
    expect(all.map((row) => row.id)).toContain(p?.id);
    if (runsOnOneConnection(db)) {
      const kept = rowsOf<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from pg_prepared_statements where statement ilike '%o-briens%' or statement ilike '%from publishers%'`,
        ),
      );
      expect(kept[0]?.n).toBe(1);
      // A second copy of this module (Next's bundles load it more than once) finds it prepared already.
      vi.resetModules();
      const copy = await import("./open");
      const errors = vi.spyOn(console, "error");
      expect(await copy.executePrepared(db, statement(odd, since))).toEqual(expected);
      // Inside a transaction too (a plan kept there, see planKeptOn): finding it prepared must not abort the
      // transaction, whose next statement still runs.
      vi.resetModules();
      const third = await import("./open");
      const inside = await db.transaction(async (tx) => {
        const rows = await third.executePrepared(tx, statement(odd, since), { planKeptOn: db });
        const after = rowsOf<{ one: number }>(await tx.execute(sql`select 1 as one`));
        return { rows, after };
      });
      expect(inside).toEqual({ rows: expected, after: [{ one: 1 }] });
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
    }
  });
});

describe("dates from the database", () => {
  it("come back as text to raw SQL on either database (the job engine reads them), once per query on PGlite", async () => {
    const db = getDb();
    const { rows } = await rawSqlOf(db).executeSql(
      "select '2026-01-02T03:04:05Z'::timestamptz as at, 5::int as n",
    );
    expect(typeof rows[0]?.at).toBe("string");
    expect(new Date(String(rows[0]?.at)).toISOString()).toBe("2026-01-02T03:04:05.000Z");
    expect(rows[0]?.n).toBe(5);
    if (runsOnOneConnection(db)) {
      // Drizzle's per-query copy of the same parsers is left out: PGlite would merge it into its ~320 on every statement.
      const { PGlite } = await import("@electric-sql/pglite");
      const query = vi.spyOn(PGlite.prototype, "query");
      await db.select({ id: publishers.id }).from(publishers).limit(1);
      await db.transaction(async (tx) => tx.execute(sql`select now() as at`));
      expect(query).toHaveBeenCalled();
      for (const call of query.mock.calls)
        expect((call[2] as { parsers?: unknown } | undefined)?.parsers).toBeUndefined();
      query.mockRestore();
    }
  });
});

describe("statements and the event loop", () => {
  it("let the event loop turn between a transaction's statements (what is ready to read is not kept waiting)", async () => {
    const db = getDb();
    const order: string[] = [];
    const done = db.transaction(async (tx) => {
      for (let i = 0; i < 3; i += 1) {
        await tx.execute(sql`select 1`);
        order.push(`statement ${i}`);
      }
    });
    setImmediate(() => order.push("turn"));
    await done;
    expect(order.indexOf("turn")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("turn")).toBeLessThan(order.indexOf("statement 2"));
  });
});
