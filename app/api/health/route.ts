import { connection } from "next/server";
import { checkDatabase } from "@/lib/ops/health";

const TIMEOUT_MS = 2_000;

/** 200 when the database answers, 503 otherwise (for load balancers and uptime checks). */
export async function GET(): Promise<Response> {
  await connection();
  const headers = { "cache-control": "no-store" };
  try {
    await checkDatabase(TIMEOUT_MS);
    return Response.json({ status: "ok" }, { headers });
  } catch (error) {
    // One line, no stack: on a first start this fires while the database is still being migrated and seeded.
    console.warn(`health check failed: ${error instanceof Error ? error.message : String(error)}`);
    return Response.json({ status: "unavailable" }, { status: 503, headers });
  }
}
