import { settings } from "../config/settings";
import { withLock, type Database } from "./open";

// The app's second act at start-up, after opening: an empty database gets the sample catalogue, so the
// product runs with nothing configured. Off for a server's own DATABASE_URL unless SEED_ON_START says so,
// and never during `next build`. A first start takes several seconds: it says what it is doing.

export type StartLog = (message: string) => void;

export const logStart: StartLog = (message) => console.log(`[newsstand] ${message}`);

const count = (n: number) => n.toLocaleString("en-GB");

export async function seedOnStart(
  db: Database,
  log: StartLog = logStart,
  enabled = settings.seedOnStart && !settings.isBuildPhase,
): Promise<void> {
  if (!enabled) return;
  const { seedIfEmpty } = await import("../../drizzle/seed");
  const started = Date.now();
  let reported = -1;
  // A line at the start and at each quarter: enough to see it move, not a wall of text.
  const onProgress = (done: number, total: number) => {
    const quarter = Math.floor((4 * done) / total);
    if (quarter === reported) return;
    reported = quarter;
    log(
      done === 0
        ? `First start: adding sample content (${count(total)} articles)…`
        : `  sample articles ${count(done)}/${count(total)}`,
    );
  };
  // PGlite has one process per data dir, so only PostgreSQL needs the lock.
  const seeded = settings.DATABASE_URL
    ? await withLock(db, () => seedIfEmpty(db, onProgress))
    : await seedIfEmpty(db, onProgress);
  if (seeded) log(`Sample content ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** What a newcomer needs next on the embedded defaults: the demo accounts and where mail goes. */
export async function announceDemo(
  log: StartLog = logStart,
  setup = {
    demoAccounts: settings.usesEmbeddedDatabase && settings.seedOnStart && !settings.isBuildPhase,
    outbox: settings.usesMailOutbox && settings.usesEmbeddedDatabase && !settings.isBuildPhase,
    appUrl: settings.appUrl,
  },
): Promise<void> {
  if (setup.demoAccounts) {
    const { demoAccounts, DEMO_PASSWORD } = await import("../../drizzle/seed/accounts");
    const who = demoAccounts.map((a) => {
      const what = [a.membership?.status ?? "no membership", ...(a.role === "reader" ? [] : [a.role])];
      return `${a.email} (${what.join(", ")})`;
    });
    log(`Demo accounts, password "${DEMO_PASSWORD}": ${who.join(", ")}`);
  }
  if (setup.outbox) {
    log(
      `Mail (sign-in codes, reset links) goes to the outbox: ${new URL("/dev/outbox", setup.appUrl)} (this machine only)`,
    );
  }
}
