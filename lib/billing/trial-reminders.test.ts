import { describe, expect, it } from "vitest";
import { memberships, outboxEmails } from "@/lib/db/schema";
import { selectRowsWhere, updateRowsWhere } from "@/lib/db/testing/rows";
import { createUser, grantMembership } from "@/lib/testing/factories/accounts";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { formatDate } from "./plans";
import { sendDueTrialReminders } from "./trial-reminders";

// The trial-ending reminder as the job engine's trial-reminders job sends it: three days ahead, once per trial
// end however many instances run the job at once, never for a cancelled or ended trial.

setUpTestDatabase();
const DAY = 86_400_000;

async function trialist(email: string, trialEndInDays: number, cancelAtPeriodEnd = false) {
  const { user } = await createUser({ email });
  const trialEnd = new Date(Date.now() + trialEndInDays * DAY);
  const membership = await grantMembership(user.id, { status: "trialing", trialEnd, cancelAtPeriodEnd });
  return { user, membership, trialEnd };
}

const mailsTo = async (email: string) =>
  (await selectRowsWhere(outboxEmails, outboxEmails.to, email)).map((m) => m.subject);

describe("trial-ending reminders on the job engine", () => {
  it("reminds a trial ending within three days once, even when two instances run the job together", async () => {
    const due = await trialist("due@example.test", 2);
    await trialist("later@example.test", 5);
    await trialist("cancelled@example.test", 2, true);
    await trialist("ended@example.test", -1);

    const runs = await Promise.all([sendDueTrialReminders(), sendDueTrialReminders()]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sendDueTrialReminders()).toBe(0); // the next hour's run finds nothing new

    expect(await mailsTo("due@example.test")).toEqual([
      `Your free trial ends on ${formatDate(due.trialEnd)}`,
    ]);
    const [mail] = await selectRowsWhere(outboxEmails, outboxEmails.to, "due@example.test");
    expect(mail?.text).toContain("There is no card on file, so you won't be charged");
    for (const quiet of ["later", "cancelled", "ended"])
      expect(await mailsTo(`${quiet}@example.test`)).toEqual([]);
  });

  it("reminds again when the trial end moves, and says the new date", async () => {
    const { membership } = await trialist("moved@example.test", 1);
    expect(await sendDueTrialReminders()).toBe(1);
    const later = new Date(Date.now() + 2.5 * DAY);
    await updateRowsWhere(memberships, memberships.id, membership.id, { trialEnd: later });
    expect(await sendDueTrialReminders()).toBe(1);
    expect((await mailsTo("moved@example.test")).sort()).toEqual(
      [
        `Your free trial ends on ${formatDate(new Date(Date.now() + DAY))}`,
        `Your free trial ends on ${formatDate(later)}`,
      ].sort(),
    );
  });
});
