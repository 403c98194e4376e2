import { settings } from "../config/settings";
import { withLock, type Database } from "./open";

// The app's second act at start-up, after opening: an empty database gets the sample catalogue, so the
// product runs with nothing configured. Off for a server's own DATABASE_URL unless SEED_ON_START says so,
// and never during `next build`.

export async function seedOnStart(db: Database): Promise<void> {
  if (!settings.seedOnStart || settings.isBuildPhase) return;
  const { seedIfEmpty } = await import("../../drizzle/seed");
  // PGlite has one process per data dir, so only PostgreSQL needs the lock.
  if (settings.DATABASE_URL) await withLock(db, () => seedIfEmpty(db));
  else await seedIfEmpty(db);
}
