import "server-only";
import { describeTokenFailure } from "@/lib/auth/email-flows";
import { inspectLinkToken, type OneTimePurpose, type TokenResult } from "@/lib/auth/one-time-tokens";
import { firstParam, type SearchParams } from "./search-params";

// The token of an emailed link's page, looked at without spending it (mail scanners GET links too).

export async function readLinkToken(
  searchParams: SearchParams,
  purposes: OneTimePurpose[],
): Promise<{ token: string; verdict: TokenResult | null; problem: string | null }> {
  const token = (firstParam((await searchParams).token) ?? "").slice(0, 200);
  const verdict = token.length >= 20 ? await inspectLinkToken(token, purposes) : null;
  const problem = verdict?.ok
    ? null
    : verdict
      ? describeTokenFailure(verdict.reason)
      : "This link is incomplete.";
  return { token, verdict, problem };
}
