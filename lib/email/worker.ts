import "server-only";
import { settings } from "@/lib/config/settings";
import { deliverDueMails } from "./delivery";

// One background loop per process that sends due mails (retries, and mails another instance queued and then
// died before sending). Started by instrumentation.ts at boot and by the first send; never during `next build`.

const globalForWorker = globalThis as unknown as { newsstandMailWorker?: boolean };

export function startMailWorker(): void {
  if (globalForWorker.newsstandMailWorker || settings.usesMailOutbox || settings.isBuildPhase) return;
  globalForWorker.newsstandMailWorker = true;
  const tick = () => {
    deliverDueMails()
      .catch((error: unknown) => console.error("mail worker: delivery pass failed", error))
      .finally(() => setTimeout(tick, settings.MAIL_POLL_SECONDS * 1000).unref());
  };
  setTimeout(tick, 0).unref();
}
