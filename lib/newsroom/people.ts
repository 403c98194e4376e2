import "server-only";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import {
  lockAdmins,
  lockUserByEmail,
  lockUserById,
  setUserRole,
  type StaffMember,
} from "@/lib/db/queries/people";
import { withTransaction } from "@/lib/db/queries/transaction";
import type { Database } from "@/lib/db/client";
import type { User } from "@/lib/db/schema";
import { assertRole, EditorialInputError } from "./errors";

export type { StaffMember } from "@/lib/db/queries/people";
export { listStaff } from "@/lib/db/queries/people";

type Role = User["role"];
type Target = { email: string } | { id: string };

/** "a reader", "an editor", "an admin". */
export function withArticle(role: Role): string {
  return role === "reader" ? "a reader" : `an ${role}`;
}

/**
 * Gives the user `role` (admins only). Refuses an unknown account, a change to the same role and — with every
 * admin row locked — demoting the last admin, so the newsroom can never lock itself out.
 */
export async function changeRole(actor: User, target: Target, role: Role): Promise<StaffMember> {
  assertRole(actor, "admin");
  return withTransaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const person = await findTarget(tx, target);
    if (!person) {
      throw new EditorialInputError(
        "email" in target
          ? `No account uses ${target.email}. Ask them to sign up first, then grant the role.`
          : "That account no longer exists.",
      );
    }
    if (person.role === role)
      throw new EditorialInputError(`${person.email} is already ${withArticle(role)}.`);
    if (person.role === "admin" && admins <= 1) {
      throw new EditorialInputError(`${person.email} is the last admin: make someone else an admin first.`);
    }
    await setUserRole(tx, person.id, role);
    await insertAuditEntry(tx, {
      actor,
      action: "role.change",
      entityType: "user",
      entityId: person.id,
      summary: `${person.email}: ${person.role} → ${role}`,
      before: { role: person.role },
      after: { role },
    });
    return { ...person, role };
  });
}

function findTarget(tx: Database, target: Target) {
  return "email" in target ? lockUserByEmail(tx, target.email) : lockUserById(tx, target.id);
}
