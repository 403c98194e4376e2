import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOrCreateWebhookSecret } from "@/emulators/stripe/src/state/webhook-secret";
import { emulatorWebhookSecret } from "./emulator-webhook-secret";

// The app and the emulator (two processes, either may start first) must agree on one secret per data dir.
const root = mkdtempSync(path.join(tmpdir(), "newsstand-whsec-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the emulator's webhook secret, as the app reads it", () => {
  it("is the one the emulator made, when the emulator started first", () => {
    const dir = mkdtempSync(path.join(root, "a-"));
    const emulators = readOrCreateWebhookSecret(dir);
    expect(emulatorWebhookSecret(dir)).toBe(emulators);
  });

  it("is made by the app when it starts first, and the emulator then uses it", () => {
    const dir = mkdtempSync(path.join(root, "b-"));
    const apps = emulatorWebhookSecret(dir);
    expect(apps).toMatch(/^whsec_[\w-]{32}$/);
    expect(apps).not.toBe("whsec_newsstand_emulator");
    expect(readOrCreateWebhookSecret(dir)).toBe(apps);
    expect(readFileSync(path.join(dir, "stripe-webhook-secret"), "utf8").trim()).toBe(apps);
  });

  it("differs between data directories", () => {
    const one = emulatorWebhookSecret(mkdtempSync(path.join(root, "c-")));
    const two = emulatorWebhookSecret(mkdtempSync(path.join(root, "d-")));
    expect(one).not.toBe(two);
  });
});
