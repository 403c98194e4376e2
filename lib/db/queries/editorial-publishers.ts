import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { publishers, type NewPublisher, type Publisher } from "../schema";

// Titles as the newsroom manages them: paused ones included.

export type TitleFields = Pick<
  NewPublisher,
  "name" | "slug" | "country" | "language" | "description" | "websiteUrl" | "feedUrl" | "logoUrl"
>;

export async function listTitlesForNewsroom(): Promise<Publisher[]> {
  const db = await getDb();
  return db
    .select()
    .from(publishers)
    .orderBy(asc(sql`lower(${publishers.name})`));
}

export async function getTitle(id: number, tx?: Database): Promise<Publisher | undefined> {
  const db = tx ?? (await getDb());
  const query = db.select().from(publishers).where(eq(publishers.id, id));
  const [row] = tx ? await query.for("update") : await query;
  return row;
}

export async function slugOwner(tx: Database, slug: string): Promise<number | undefined> {
  const [row] = await tx
    .select({ id: publishers.id })
    .from(publishers)
    .where(eq(publishers.slug, slug))
    .limit(1);
  return row?.id;
}

export async function insertTitle(tx: Database, fields: TitleFields): Promise<Publisher> {
  const [row] = await tx.insert(publishers).values(fields).returning();
  if (!row) throw new Error("title not inserted");
  return row;
}

/** Applies `fields` and bumps the version. Call with the row locked by getTitle(id, tx). */
export async function updateTitle(
  tx: Database,
  id: number,
  fields: Partial<TitleFields> & { active?: boolean },
): Promise<number> {
  const [row] = await tx
    .update(publishers)
    .set({ ...fields, version: sql`${publishers.version} + 1`, updatedAt: new Date() })
    .where(eq(publishers.id, id))
    .returning({ version: publishers.version });
  return row?.version ?? 0;
}
