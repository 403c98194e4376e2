import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { tokenSigner } from "@/lib/auth/signed-token";
import type { ViewCredit } from "@/lib/db/queries/reading-time";
import { readAudience } from "@/lib/db/schema";

// A view token is issued by the server when a signed-in reader opens an article, and is the only thing a
// reading-time beacon can count against. It binds the view (a random id) to the reader, the article, its
// title, the audience decided on the server, the daily cap and the issue time, and is signed with a key
// derived from AUTH_SECRET: a reader can neither forge one nor change what it says.

/** What a token says; the cap is the most seconds a reader may be credited on this article per day. */
export type ViewClaims = Omit<ViewCredit, "issuedAt" | "totalSeconds"> & {
  issuedAt: number; // ms since the epoch, server clock
};

const count = z.number().int().min(0); // zod's int() is a safe integer
/** The claims, in the order a token carries them. */
const claimsSchema = z.tuple([z.string(), z.string(), count, count, z.enum(readAudience), count, count]);

const signer = tokenSigner("newsstand:read-view-token", "v1");

export function issueViewToken(claims: Omit<ViewClaims, "viewId" | "issuedAt">, now = Date.now()): string {
  const written: z.infer<typeof claimsSchema> = [
    randomBytes(16).toString("base64url"),
    claims.userId,
    claims.articleId,
    claims.publisherId,
    claims.audience,
    claims.capSeconds,
    now,
  ];
  const body = Buffer.from(JSON.stringify(written)).toString("base64url");
  return signer.issue(body);
}

/** The token's claims, or null when it is malformed or its signature is not ours. */
export function verifyViewToken(token: string): ViewClaims | null {
  const body = signer.verify(token);
  if (!body) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) return null;
  const [viewId, userId, articleId, publisherId, audience, capSeconds, issuedAt] = parsed.data;
  return { viewId, userId, articleId, publisherId, audience, capSeconds, issuedAt };
}
