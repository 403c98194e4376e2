// Runs once when a server starts, before it takes requests: a real deployment without AUTH_SECRET
// refuses to start here (exit 1) instead of answering every request with an error.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is not configuration: Next inlines it at build time, which keeps the Node-only check
  // out of the Edge bundle (the documented instrumentation pattern). Settings cannot stand in for it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: the peer address (who is at the other end of the socket) and the TRACE refusal (lib/http).
  const { installServerHooks } = await import("./lib/http/server-hooks");
  installServerHooks();
  const { refuseToStartWithoutSecret } = await import("./lib/auth/secret-policy");
  refuseToStartWithoutSecret();
  // The job engine's workers (mail retries, feed polls): never during `next build` (startJobWorkers checks).
  const { startJobWorkers } = await import("./lib/jobs/workers");
  void startJobWorkers();
  // proxy.ts answers 410 for stories the newsroom took down; it learns which through this loader.
  const { registerGoneLoader } = await import("./lib/content/gone");
  const { listTakenDownSlugs } = await import("./lib/db/queries/editorial-articles");
  registerGoneLoader(listTakenDownSlugs);
  // With the local Stripe emulator, the seeded demo members get real subscriptions there (once per data dir).
  const { provisionDemoMembershipsInBackground } = await import("./lib/billing/demo-memberships");
  provisionDemoMembershipsInBackground();
  // A first start migrates and seeds for several seconds: do it now, saying so, not on the first request.
  const { openDatabaseAtStart } = await import("./lib/db/client");
  openDatabaseAtStart();
}
