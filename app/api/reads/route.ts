import { connection } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { readSmallJson } from "@/lib/http/small-json";
import { recordPosition } from "@/lib/reading/history";
import { recordBeacon } from "@/lib/reading/reading-time";

// The article page's reading-time beacon (navigator.sendBeacon on leave): a view token, the running total of
// seconds read on that view, and where the reader was. Sent with the reader's cookies (same origin). Whatever
// it claims, lib/reading/reading-time.ts decides what counts. Bad input is a 4xx, never a 500.

const MAX_BYTES = 4096;
const beaconSchema = z.object({
  token: z.string().min(1).max(1000),
  seconds: z.number().int().min(0).max(86_400),
  position: z.number().min(0).max(1).optional(),
});

const answer = (status: number, error?: string) =>
  error
    ? Response.json({ error }, { status, headers: { "cache-control": "no-store" } })
    : new Response(null, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  await connection();
  const body = await readSmallJson(request, MAX_BYTES);
  if (!body.ok) return answer(body.status, body.error);
  const parsed = beaconSchema.safeParse(body.value);
  if (!parsed.success) return answer(400, "expected { token, seconds, position? }");
  try {
    const user = await getCurrentUser();
    const outcome = await recordBeacon(parsed.data, user?.id ?? null);
    if (!outcome.ok) return answer(outcome.status, outcome.error);
    if (user && parsed.data.position !== undefined)
      await recordPosition(user.id, outcome.articleId, parsed.data.position);
    return answer(204);
  } catch (error) {
    console.error("reading-time beacon failed", error);
    return answer(503, "not recorded, try later");
  }
}
