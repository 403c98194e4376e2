import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb, type Database } from "../client";
import { users, type User } from "../schema";
import { normaliseEmail } from "./users";

// Roles, for the newsroom's People page: who holds editor or admin, and the role changes.

export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  role: User["role"];
}

const staffFields = { id: users.id, email: users.email, name: users.name, role: users.role };

export async function listStaff(): Promise<StaffMember[]> {
  const db = await getDb();
  return db
    .select(staffFields)
    .from(users)
    .where(inArray(users.role, ["editor", "admin"]))
    .orderBy(asc(users.role), asc(users.email));
}

/** The user with this email, locked for the transaction. */
export async function lockUserByEmail(tx: Database, email: string): Promise<StaffMember | undefined> {
  const [row] = await tx
    .select(staffFields)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .for("update");
  return row;
}

export async function lockUserById(tx: Database, id: string): Promise<StaffMember | undefined> {
  const [row] = await tx.select(staffFields).from(users).where(eq(users.id, id)).for("update");
  return row;
}

/** Locks every admin row and answers how many there are: two demotions racing cannot both pass the check. */
export async function lockAdmins(tx: Database): Promise<number> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).for("update");
  return rows.length;
}

export async function setUserRole(tx: Database, id: string, role: User["role"]): Promise<void> {
  await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id));
}
