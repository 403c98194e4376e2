import "server-only";
import { settings } from "@/lib/config/settings";
import { purgeOldOutboxEmails } from "@/lib/db/queries/outbox-emails";
import { deliverDueMails } from "./delivery";

// One background loop per process that sends due mails (retries, and mails another instance queued and then
// died before sending). Started by instrumentation.ts at boot and by the first send; never during `next build`.

const globalForWorker = globalThis as unknown as { newsstandMailWorker?: boolean };
const PURGE_EVERY_MS = 60 * 60_000;

export function startMailWorker(): void {
  if (globalForWorker.newsstandMailWorker || settings.usesMailOutbox || settings.isBuildPhase) return;
  globalForWorker.newsstandMailWorker = true;
  let purgedAt = 0;
  const tick = () => {
    deliverDueMails()
      .then(async () => {
        // Hourly: old sent and failed mails go (failed ones still hold their text: codes and links).
        if (Date.now() - purgedAt < PURGE_EVERY_MS) return;
        purgedAt = Date.now();
        await purgeOldOutboxEmails(settings.MAIL_RETENTION_DAYS);
      })
      .catch((error: unknown) => console.error("mail worker: delivery pass failed", error))
      .finally(() => setTimeout(tick, settings.MAIL_POLL_SECONDS * 1000).unref());
  };
  setTimeout(tick, 0).unref();
}
