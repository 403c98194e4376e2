// Runs once when a server starts, before it takes requests: a real deployment without AUTH_SECRET
// refuses to start here (exit 1) instead of answering every request with an error.
export async function register(): Promise<void> {
  const { assertSecretMayBeGenerated } = await import("./lib/auth/secret-policy");
  try {
    assertSecretMayBeGenerated();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
