import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { at, selectRows, type Granularity } from "./figures-sql";

// The membership figures' SQL, over membership_history (README "Membership analytics" has the formulas).
// Buckets are UTC days, ISO weeks (Monday) or months, keyed 'YYYY-MM-DD' by their first day.

const PAYING = sql`('active', 'past_due', 'unpaid')`;
const bucketOf = (column: SQL, granularity: Granularity) =>
  sql`to_char(date_trunc(${granularity}, ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;

export interface StateCount {
  state: string;
  n: number;
  mrr: number;
}

/** Each state's memberships and MRR at the instant `at` (MRR only of prices in `currency`). */
export function countStatesAt(instant: Date, currency: string): Promise<StateCount[]> {
  return selectRows<StateCount>(sql`
    select state, count(*)::int as n,
           coalesce(sum(mrr_minor) filter (where currency = ${currency}), 0)::float8 as mrr
    from membership_history
    where occurred_at < ${at(instant)} and (valid_until is null or valid_until >= ${at(instant)})
    group by state`);
}

/** The changes in [from, to) per bucket: +1 (and its MRR) to the new state, −1 (and its MRR) from the old. */
export function sumStateChanges(
  from: Date,
  to: Date,
  granularity: Granularity,
  currency: string,
): Promise<(StateCount & { bucket: string })[]> {
  return selectRows(sql`
    with changes as (
      select ${bucketOf(sql`occurred_at`, granularity)} as bucket, state, 1 as n,
             case when currency = ${currency} then mrr_minor else 0 end as mrr
      from membership_history where occurred_at >= ${at(from)} and occurred_at < ${at(to)}
      union all
      select ${bucketOf(sql`occurred_at`, granularity)}, prev_state, -1,
             case when currency = ${currency} then -prev_mrr_minor else 0 end
      from membership_history
      where occurred_at >= ${at(from)} and occurred_at < ${at(to)} and prev_state is not null
    )
    select bucket, state, sum(n)::int as n, sum(mrr)::float8 as mrr from changes group by bucket, state`);
}

export interface BucketEvents {
  bucket: string;
  newTrials: number;
  churnVoluntary: number;
  churnFailed: number;
  reactivations: number;
}

/**
 * Per bucket: trials started (a subscription's first row, trialing); paid memberships ended (from active or
 * past due), by failed payment (ended for payment_failed/payment_disputed, or from past due) or else
 * voluntarily; and reactivations (a membership becoming active for a person whose paid membership ended before;
 * h, being active, is never that ended row itself, so the probe needs only the churn index's columns).
 */
export function countEvents(from: Date, to: Date, granularity: Granularity): Promise<BucketEvents[]> {
  return selectRows(sql`
    select ${bucketOf(sql`h.occurred_at`, granularity)} as bucket,
      (count(*) filter (where h.prev_state is null and h.status = 'trialing'))::int as "newTrials",
      (count(*) filter (where h.state = 'ended' and h.prev_status in ${PAYING}
        and not (h.ended_reason in ('payment_failed', 'payment_disputed') or h.prev_status in ('past_due', 'unpaid'))
      ))::int as "churnVoluntary",
      (count(*) filter (where h.state = 'ended' and h.prev_status in ${PAYING}
        and (h.ended_reason in ('payment_failed', 'payment_disputed') or h.prev_status in ('past_due', 'unpaid'))
      ))::int as "churnFailed",
      (count(*) filter (where h.status = 'active' and coalesce(h.prev_status, '') not in ${PAYING}
        and h.user_id is not null and exists (
          select 1 from membership_history c
          where c.user_id = h.user_id and c.occurred_at <= h.occurred_at
            and c.state = 'ended' and c.prev_status in ${PAYING})
      ))::int as reactivations
    from membership_history h
    where h.occurred_at >= ${at(from)} and h.occurred_at < ${at(to)}
    group by 1`);
}

export interface CohortRow {
  week: string;
  trials: number;
  converted: number;
  /** Still trialing (or trialing with a cancellation scheduled): not yet decided. */
  pending: number;
}

/**
 * Trials started in [from, to) by ISO week; converted: became active at any time since. Each trial's own rows
 * are read through the subscription index (a lateral join), not the whole history twice over.
 */
export function countTrialCohorts(from: Date, to: Date): Promise<CohortRow[]> {
  return selectRows(sql`
    select ${bucketOf(sql`t.occurred_at`, "week")} as week, count(*)::int as trials,
      (count(*) filter (where s.converted))::int as converted,
      (count(*) filter (where s.pending))::int as pending
    from membership_history t
    cross join lateral (
      select bool_or(a.status = 'active') as converted, bool_and(a.status = 'trialing') as pending
      from membership_history a where a.stripe_subscription_id = t.stripe_subscription_id
    ) s
    where t.prev_state is null and t.status = 'trialing' and t.occurred_at >= ${at(from)} and t.occurred_at < ${at(to)}
    group by 1 order by 1`);
}

/** Reasons members gave when cancelling in [from, to) (null: none picked), most given first. */
export function countCancellationReasons(
  from: Date,
  to: Date,
): Promise<{ reason: string | null; n: number; comments: number }[]> {
  return selectRows(sql`
    select reason, count(*)::int as n, (count(comment))::int as comments
    from cancellation_reasons where created_at >= ${at(from)} and created_at < ${at(to)}
    group by reason order by n desc, reason nulls last`);
}
