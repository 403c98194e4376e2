import "server-only";
import { headers } from "next/headers";
import { getClientIp } from "./request-ip";

/** The caller's address in a server action or page (rate-limit keys only). */
export async function currentIp(): Promise<string> {
  return getClientIp(await headers());
}
