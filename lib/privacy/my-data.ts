import "server-only";
import { findCurrentMembership } from "@/lib/db/queries/memberships";
import { listHistoryOfUser } from "@/lib/db/queries/history";
import { listReadsOfUser } from "@/lib/db/queries/reading-time";
import { listSavedOfUser } from "@/lib/db/queries/saved";
import type { User } from "@/lib/db/schema";
import { getReaderFollows, getReaderProfile } from "@/lib/personal";
import { exportBriefing } from "@/lib/personal/briefing-settings";
import { historyPaused } from "@/lib/reading/history";

// "Export my data": everything Newsstand keeps about a reader, as one JSON document. Each area adds its part
// here; deleting the account removes all of it (ON DELETE CASCADE from users) except `reads`, which stay
// without the person (the publishers' payout ledger; see README "What we keep about you").

export async function exportMyData(user: User, now = new Date()) {
  const [membership, personal, personalisation, saved, history, paused, reads, briefing] = await Promise.all([
    findCurrentMembership(user.id),
    getReaderFollows(user.id),
    getReaderProfile(user.id),
    listSavedOfUser(user.id),
    listHistoryOfUser(user.id),
    historyPaused(user.id),
    listReadsOfUser(user.id),
    exportBriefing(user.id),
  ]);
  return {
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      emailVerified: user.emailVerified,
      signInMethods: { password: user.passwordHash !== null },
      trialStartedAt: user.trialStartedAt,
      createdAt: user.createdAt,
    },
    membership: membership && {
      plan: membership.plan,
      status: membership.status,
      trialEnd: membership.trialEnd,
      currentPeriodEnd: membership.currentPeriodEnd,
      cancelAtPeriodEnd: membership.cancelAtPeriodEnd,
    },
    follows: personal.follows,
    mutes: personal.mutes,
    personalisation,
    briefing,
    saved,
    history: { paused, stories: history },
    reads,
  };
}

export type MyData = Awaited<ReturnType<typeof exportMyData>>;
