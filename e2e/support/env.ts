import path from "node:path";

// Ports and addresses of the browser-test stack, shared by playwright.config.ts and the fixtures.
// E2E_PORT_OFFSET shifts every port, so two people can run the suite on one machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const e2eEnv = {
  root: path.resolve(import.meta.dirname, "../.."),
  appPort: 3400 + offset, // 3306 (MariaDB on these machines) is inside 3300 + a few extra instances
  stripePort: 12199 + offset,
  smtpPort: 12525 + offset,
  smtpHttpPort: 12526 + offset,
  distDir: process.env.E2E_DIST_DIR ?? ".next-e2e",
  chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  get appUrl() {
    return `http://localhost:${this.appPort}`;
  },
  get sinkUrl() {
    return `http://127.0.0.1:${this.smtpHttpPort}`;
  },
};
