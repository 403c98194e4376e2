// Runs once when a server starts, before it takes requests: a real deployment without AUTH_SECRET
// refuses to start here instead of failing at the first sign-in.
export async function register(): Promise<void> {
  const { assertSecretMayBeGenerated } = await import("./lib/auth/secret-policy");
  assertSecretMayBeGenerated();
}
