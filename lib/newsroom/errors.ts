import type { User } from "@/lib/db/schema";

// What a newsroom change can refuse, each with words an editor can act on. Actions map these to a form
// message; anything else is an unexpected failure.

/** The caller's role does not allow the change (the action's own check should have stopped it first). */
export class NotAllowedError extends Error {}

/** The input names something that does not exist or breaks a rule; nothing was changed. */
export class EditorialInputError extends Error {}

/** Someone saved the same thing since the caller loaded it; nothing was changed. */
export class StaleVersionError extends Error {}

const RANK: Record<User["role"], number> = { reader: 0, editor: 1, admin: 2 };

/** Defence in depth under the action's access check: domain changes verify the actor's role again. */
export function assertRole(actor: Pick<User, "role">, role: "editor" | "admin"): void {
  if (RANK[actor.role] < RANK[role]) throw new NotAllowedError(`Only an ${role} may do this.`);
}

/** The message for an expected refusal, or null for an unexpected error (which the action wrapper logs). */
export function refusalMessage(error: unknown): string | null {
  if (error instanceof EditorialInputError || error instanceof StaleVersionError) return error.message;
  if (error instanceof NotAllowedError) return error.message;
  return null;
}
