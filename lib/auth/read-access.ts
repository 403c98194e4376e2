import "server-only";
import { cache } from "react";
import { canRead, type ReadDecision } from "@/lib/billing/entitlements";
import { findCurrentMembership } from "@/lib/db/queries/memberships";
import type { Membership, User } from "@/lib/db/schema";
import { getCurrentUser } from "./session";

// The reading decision for this request: who is asking, their membership, canRead. Never cached across requests.

export interface ReadAccess {
  user: User | null;
  membership: Membership | null;
  decision: ReadDecision;
}

export const getReadAccess = cache(async (): Promise<ReadAccess> => {
  const user = await getCurrentUser();
  const membership = user ? await findCurrentMembership(user.id) : null;
  return { user, membership, decision: canRead(user, membership, new Date()) };
});
