import { z } from "zod";
import { startWire } from "./server";

// The wire is a service of its own: it reads its environment here, not through the app's settings.
const env = z
  .object({
    FEEDS_WIRE_PORT: z.coerce.number().int().min(0).max(65535).default(12112),
    FEEDS_WIRE_HOST: z.string().min(1).default("127.0.0.1"),
    FEEDS_WIRE_INTERVAL_MINUTES: z.coerce.number().min(0.1).max(1440).default(20),
  })
  .parse(process.env);

const wire = await startWire({
  port: env.FEEDS_WIRE_PORT,
  host: env.FEEDS_WIRE_HOST,
  intervalMs: env.FEEDS_WIRE_INTERVAL_MINUTES * 60_000,
});
console.log(`[feed-wire] fictional feeds at ${wire.url}/titles/<slug>/feed.xml`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void wire.close().then(() => process.exit(0)));
