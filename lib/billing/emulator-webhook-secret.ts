import "server-only";
import { readOrCreateWebhookSecret } from "../../emulators/stripe/src/state/webhook-secret";
import { settings } from "../config/settings";

// With the local emulator and no STRIPE_WEBHOOK_SECRET, webhooks are signed with a secret made once per
// data directory and kept in DATA_DIR/stripe-webhook-secret (a constant in the source would let anyone who
// reads it forge events). The emulator's own code reads or makes that file, so app and emulator, two
// processes either of which may start first, agree on it by construction.

export function emulatorWebhookSecret(dataDir = settings.DATA_DIR): string {
  return readOrCreateWebhookSecret(dataDir);
}
