import "server-only";
import { pingDatabase } from "@/lib/db/queries/health";

// What the health route reports: whether the database answers within a deadline. A load balancer
// needs a quick no, not a request that hangs as long as the database does.

/** Resolves when the database answers `select 1` within `timeoutMs`; rejects with the reason otherwise. */
export async function checkDatabase(timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database ping timed out")), timeoutMs);
    });
    await Promise.race([pingDatabase(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
