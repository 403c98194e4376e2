import "server-only";
import { cache } from "react";
import { confirmMembership } from "@/lib/billing/confirm-membership";
import { canRead, type ReadDecision } from "@/lib/billing/entitlements";
import { findCurrentMembership } from "@/lib/db/queries/memberships";
import type { Membership, User } from "@/lib/db/schema";
import { getCurrentUser } from "./session";
import { isSharedMemberRender } from "./shared-render";

// The reading decision for this request: who is asking, their membership, canRead. Never cached across requests.

export interface ReadAccess {
  user: User | null;
  membership: Membership | null;
  decision: ReadDecision;
}

export const getReadAccess = cache(async (): Promise<ReadAccess> => {
  // The members' shared copy: proxy.ts serves it only to a reader it found may read (lib/auth/member-gate.ts).
  if (await isSharedMemberRender())
    return { user: null, membership: null, decision: { allowed: true, reason: "shared-member" } };
  const user = await getCurrentUser();
  const stored = user ? await findCurrentMembership(user.id) : null;
  const decision = canRead(user, stored, new Date());
  if (decision.reason !== "unconfirmed" || !stored) return { user, membership: stored, decision };
  // Past its end with no word from Stripe since: ask Stripe now (see lib/billing/confirm-membership.ts).
  const membership = await confirmMembership(stored);
  return { user, membership, decision: canRead(user, membership, new Date()) };
});
