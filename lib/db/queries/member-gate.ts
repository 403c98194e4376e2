import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { MembershipState } from "@/lib/billing/entitlements";
import type { FollowKind, User } from "../schema";
import { getDb } from "../client";
import { keptUntilWrite } from "../kept-until-write";
import { executePrepared } from "../open";
import { listVersionColumns, listVersionsOf, type ListVersion } from "./list-versions";
import { LIVE_FIRST } from "./memberships";

// What the members' page copy gate (lib/auth/member-gate.ts) asks of the database, in one prepared statement:
// it runs before every member's page (and for their parts, POST /api/me), so one round trip instead of four.

export interface GateFacts {
  name: string | null;
  email: string;
  role: User["role"];
  sessionVersion: number;
  /** This session id was signed out. */
  revoked: boolean;
  /** The current membership, chosen as findCurrentMembership chooses it, or null. */
  membership: MembershipState | null;
}

export type GateFactsWithParts = GateFacts & { basics?: ReaderBasics };

/** With `withParts`: what the reader's own page parts need besides (POST /api/me). */
export interface ReaderBasics {
  /** Saved stories, newest first, at most `savedLimit`. */
  savedIds: number[];
  /** Follows and mutes (muted: true): the target's id, slug and name. */
  follows: { kind: FollowKind; id: number; slug: string; name: string; muted: boolean }[];
  /**
   * The versions the reader's home lists are kept under (list-versions.ts), read with the rest: current on
   * PostgreSQL, where nothing here is kept; the facts kept on PGlite may hold an old one, which its home
   * lists do not use (lib/personal/home-parts.ts).
   */
  listVersions: string;
}

interface Row {
  name: string | null;
  email: string;
  role: User["role"];
  session_version: number;
  revoked: boolean;
  status: string | null;
  trial_end: string | Date | null;
  current_period_end: string | Date | null;
  cancel_at_period_end: boolean | null;
  past_due_since: string | Date | null;
  updated_at: string | Date | null;
  saved?: number[] | string;
  follows?: ReaderBasics["follows"] | string;
  reader_lists_version?: ListVersion;
  content_lists_version?: ListVersion;
}

/** json columns: postgres.js parses them, PGlite may hand over the text. */
const fromJson = <T>(value: T | string | undefined, empty: T): T =>
  value === undefined || value === null
    ? empty
    : typeof value === "string"
      ? (JSON.parse(value) as T)
      : value;

function basicsColumns(savedLimit: number): SQL {
  // The limit is written into the text (a prepared statement's generic plan is the custom one).
  const limit = sql.raw(String(Math.max(0, Math.trunc(savedLimit))));
  return sql`,
      (select json_agg(s.article_id) from (
        select article_id from saved_articles where user_id = u.id order by saved_at desc limit ${limit}
      ) s) as saved,
      (select json_agg(json_build_object(
          'kind', f.kind, 'id', f.target_id, 'slug', coalesce(p.slug, t.slug, a.slug),
          'name', coalesce(p.name, t.name, a.name), 'muted', f.muted))
        from reader_follows f
        left join publishers p on f.kind = 'publisher' and p.id = f.target_id
        left join topics t on f.kind = 'topic' and t.id = f.target_id
        left join authors a on f.kind = 'author' and a.id = f.target_id
        where f.user_id = u.id and coalesce(p.slug, t.slug, a.slug) is not null) as follows,
      ${listVersionColumns(sql`u.id`)}`;
}

/** LIVE_FIRST written into the statement's text (constants, so the prepared plan fits every call). */
const LIVE_STATUSES = sql.raw(LIVE_FIRST.map((status) => `'${status}'`).join(", "));

const date = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * The gate's facts for the user and session, or null when the user does not exist; with `withParts`, in the
 * same statement, the reader's saved ids and follows too.
 */
export async function readGateFacts(
  userId: string,
  sessionId: string,
  withParts?: { savedLimit: number },
): Promise<GateFactsWithParts | null> {
  // The membership: a live one among the ten last written, else the last written (findCurrentMembership).
  const [row] = await executePrepared<Row>(
    await getDb(),
    sql`
    select u.name, u.email, u.role, u.session_version,
      exists (select 1 from revoked_sessions r where r.id = ${sessionId}) as revoked,
      m.status, m.trial_end, m.current_period_end, m.cancel_at_period_end, m.past_due_since, m.updated_at
      ${withParts ? basicsColumns(withParts.savedLimit) : sql``}
    from "users" u
    left join lateral (
      select * from (
        select * from "memberships" where user_id = u.id order by updated_at desc, id desc limit 10
      ) last_ten
      order by status in (${LIVE_STATUSES}) desc, updated_at desc, id desc
      limit 1
    ) m on true
    where u.id = ${userId}`,
  );
  if (!row) return null;
  return {
    name: row.name,
    email: row.email,
    role: row.role,
    sessionVersion: Number(row.session_version),
    revoked: row.revoked,
    membership:
      row.status === null
        ? null
        : {
            status: row.status,
            trialEnd: date(row.trial_end),
            currentPeriodEnd: date(row.current_period_end),
            cancelAtPeriodEnd: row.cancel_at_period_end ?? false,
            pastDueSince: date(row.past_due_since),
            updatedAt: date(row.updated_at) ?? undefined,
          },
    basics: withParts
      ? {
          savedIds: fromJson(row.saved, []).map(Number),
          follows: fromJson(row.follows, []),
          listVersions: listVersionsOf(row.reader_lists_version, row.content_lists_version),
        }
      : undefined,
  };
}

/**
 * Facts kept by user and session where the database runs in this process (PGlite), until any write to users,
 * memberships or revoked sessions, or for the reader's parts to saved stories or follows, commits
 * (drizzle/0016_member_gate_notify.sql, 0017_personal_notify.sql). So a sign-out, a lapsed membership or a
 * changed role is seen by the very next request, whichever code path wrote it. On PostgreSQL nothing is kept.
 */
const keptFacts = keptUntilWrite<GateFactsWithParts>("member_gate", { max: 10_000 });

/** readGateFacts, from memory where that is exact (see keptFacts). */
export function readGateFactsKept(
  userId: string,
  sessionId: string,
  withParts?: { savedLimit: number },
): Promise<GateFactsWithParts | null> {
  const key = `${userId}\n${sessionId}\n${withParts?.savedLimit ?? "-"}`;
  return keptFacts.get(key, () => readGateFacts(userId, sessionId, withParts));
}
