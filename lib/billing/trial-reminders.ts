import "server-only";
import { claimTrialReminder, listTrialsToRemind } from "../db/queries/trial-reminders";
import { withTransaction } from "../db/queries/transaction";
import { deliverNow, enqueueMails } from "../email/send";
import { trialEndingMail } from "./emails";

// The reminder three days before a trial ends, sent by the job engine's `trial-reminders` job (hourly, and at once
// when Stripe's trial_will_end webhook arrives), not by the webhook itself: a missed or late webhook still gets
// its reminder, and the claim row (trial_reminders) makes it go out once whichever instance runs the job.

export const TRIAL_REMINDER_BEFORE_MS = 3 * 86_400_000;

/** Queues the reminder for every trial ending within three days that has not had one; answers how many went. */
export async function sendDueTrialReminders(): Promise<number> {
  const due = await listTrialsToRemind(TRIAL_REMINDER_BEFORE_MS);
  let sent = 0;
  for (const { membership, email } of due) {
    const mailIds = await withTransaction(async (tx) => {
      if (!(await claimTrialReminder(tx, membership))) return null;
      // Said from the row as stored (card or not), like every membership mail.
      return enqueueMails([trialEndingMail(email, membership, membership.paymentMethodId !== null)], tx);
    });
    if (mailIds === null) continue;
    sent++;
    await deliverNow(mailIds);
  }
  return sent;
}
