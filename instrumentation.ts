// Runs once when a server starts, before it takes requests: a real deployment without AUTH_SECRET
// refuses to start here (exit 1) instead of answering every request with an error.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is not configuration: Next inlines it at build time, which keeps the Node-only check
  // out of the Edge bundle (the documented instrumentation pattern). Settings cannot stand in for it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseToStartWithoutSecret } = await import("./lib/auth/secret-policy");
  refuseToStartWithoutSecret();
  // Mail queued by an instance that stopped before sending it goes out without waiting for a new send here.
  const { startMailWorker } = await import("./lib/email/worker");
  startMailWorker();
}
