import "server-only";
import { headers } from "next/headers";
import { getClientIp } from "@/lib/auth/request-ip";

export async function currentIp(): Promise<string> {
  return getClientIp(await headers());
}
