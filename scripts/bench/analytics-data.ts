import { sql } from "drizzle-orm";
import { withDeferredIndexes } from "../../drizzle/seed/deferred-indexes";
import { rowsOf, type Database } from "../../lib/db/open";
import { setDatabase } from "../../lib/db/client";
import { rollUpReading } from "../../lib/db/queries/reading-rollup";

// The analytics bench's data, made set-wise in SQL (generate_series): `members` members with two years of
// membership history (trials, conversions, churn of both kinds, returns, cancellation reasons) and `reads` reads
// spread over the same two years, rolled up by day (reading_daily_topics and _titles) as the hourly job would,
// and the payments and refunds those memberships make (the payouts' revenue).
// Rows are tagged (ids `bench-m-…`, `sub_bench_…`) so a run at another size replaces them; the same size is reused.

const DAYS = 730;
const READS_PER_STATEMENT = 1_000_000;

export interface AnalyticsSize {
  members: number;
  reads: number;
}

const count = async (db: Database, statement: ReturnType<typeof sql>) =>
  Number(rowsOf<{ n: string | number }>(await db.execute(statement))[0]?.n ?? 0);

async function sizeHeld(db: Database): Promise<AnalyticsSize> {
  return {
    members: await count(db, sql`select count(*) as n from users where id like 'bench-m-%'`),
    reads: await count(db, sql`select count(*) as n from reads where user_id like 'bench-m-%'`),
  };
}

async function clearRevenue(db: Database): Promise<void> {
  await db.execute(sql`delete from membership_refunds where stripe_refund_id like 're\\_bench\\_%'`);
  await db.execute(sql`delete from membership_payments where stripe_invoice_id like 'in\\_bench\\_%'`);
}

/**
 * What the payouts' revenue reads: a payment (net of tax) per paid interval of every active span of the history,
 * and a refund of half of one payment in fifty, three days after it.
 */
async function fillRevenue(db: Database): Promise<void> {
  await db.execute(sql`insert into membership_payments
      (stripe_invoice_id, stripe_subscription_id, user_id, currency, net_minor, paid_at)
    select 'in_bench_' || h.id || '_' || n, h.stripe_subscription_id, h.user_id, h.currency, h.amount_minor,
      h.occurred_at + make_interval(months => n * case when h.interval = 'year' then 12 else 1 end)
    from membership_history h, generate_series(0, ${Math.ceil(DAYS / 28)}) n
    where h.stripe_subscription_id like 'sub\\_bench\\_%' and h.state = 'active'
      and h.occurred_at + make_interval(months => n * case when h.interval = 'year' then 12 else 1 end)
        < coalesce(h.valid_until, now())
    order by 6`);
  await db.execute(sql`insert into membership_refunds (stripe_refund_id, stripe_charge_id, stripe_invoice_id,
      stripe_subscription_id, user_id, currency, amount_minor, status, refunded_at)
    select 're_bench_' || stripe_invoice_id, 'ch_bench_' || stripe_invoice_id, stripe_invoice_id,
      stripe_subscription_id, user_id, currency, net_minor / 2, 'succeeded', least(paid_at + interval '3 days', now())
    from membership_payments where stripe_invoice_id like 'in\\_bench\\_%' and abs(hashtext(stripe_invoice_id)) % 50 = 0`);
}

async function clear(db: Database): Promise<void> {
  await db.execute(sql`delete from reads where user_id like 'bench-m-%'`);
  await db.execute(sql`delete from membership_history where stripe_subscription_id like 'sub\\_bench\\_%'`);
  await db.execute(sql`delete from cancellation_reasons where stripe_subscription_id like 'sub\\_bench\\_%'`);
  await db.execute(sql`delete from users where id like 'bench-m-%'`);
}

/** Member g's life: a trial at t0, paid at t1 (7 in 10), churned at t2 (2 in 10; a third by failed payment), back at t3. */
const lives = (members: number) => sql`
  with p as (
    select g, 'bench-m-' || g as uid, 'sub_bench_' || g as sub,
      now() - make_interval(days => (g * 7919) % ${DAYS}, hours => (g * 31) % 24) as t0,
      g % 5 = 0 as annual, g % 10 < 7 as conv, g % 10 < 2 as churn, g % 3 = 0 as failed, g % 10 < 2 and g % 4 = 0 as back
    from generate_series(1, ${members}) g
  )
  select *, t0 + interval '14 days' as t1, t0 + make_interval(days => 44 + g % 300) as t2,
    t0 + make_interval(days => 64 + g % 300) as t3,
    case when annual then 9999 else 999 end as amount, case when annual then 'year' else 'month' end as iv,
    case when annual then 9999 / 12.0 else 999 end as mrr
  from p`;

const HISTORY_COLUMNS = sql`(user_id, stripe_subscription_id, occurred_at, valid_until, status, state, prev_state,
  prev_status, plan, currency, amount_minor, interval, interval_count, mrr_minor, prev_mrr_minor,
  cancel_at_period_end, ended_reason, source)`;

async function fillMembers(db: Database, members: number): Promise<void> {
  await db.execute(sql`insert into users (id, email, email_verified)
    select 'bench-m-' || g, 'bench-m-' || g || '@example.test', now() from generate_series(1, ${members}) g`);
  const plan = sql`case when annual then 'annual' else 'monthly' end`;
  // The trial; then paid, or ended at the trial's end; then churn; then a new subscription for some. In time
  // order, as the sync appends them (the table's physical order is what a date-range scan reads).
  await db.execute(sql`insert into membership_history ${HISTORY_COLUMNS}
    select * from (
      select uid, sub, t0, case when t1 <= now() then t1 end, 'trialing', 'trialing', null, null, ${plan}, 'gbp',
        amount, iv, 1, 0, 0, false, null, 'sync' from (${lives(members)}) l
      union all
      select uid, sub, t1, case when conv and churn and t2 <= now() then t2 end,
        case when conv then 'active' else 'canceled' end, case when conv then 'active' else 'ended' end,
        'trialing', 'trialing', ${plan}, 'gbp', amount, iv, 1, case when conv then mrr else 0 end, 0, false,
        case when conv then null else 'cancellation_requested' end, 'sync'
      from (${lives(members)}) l where t1 <= now()
      union all
      select uid, sub, t2, null, 'canceled', 'ended', 'active', case when failed then 'past_due' else 'active' end,
        ${plan}, 'gbp', amount, iv, 1, 0, mrr, false,
        case when failed then 'payment_failed' else 'cancellation_requested' end, 'sync'
      from (${lives(members)}) l where conv and churn and t2 <= now()
      union all
      select uid, sub || '_2', t3, null, 'active', 'active', null, null, ${plan}, 'gbp', amount, iv, 1, mrr, 0,
        false, null, 'sync'
      from (${lives(members)}) l where conv and churn and back and t3 <= now()
    ) rows order by 3`);
  await db.execute(sql`insert into cancellation_reasons (user_id, stripe_subscription_id, reason, comment, created_at)
    select uid, sub, (array['too-expensive', 'not-reading', 'missing-titles', 'elsewhere', 'break', null])[1 + g % 6],
      case when g % 7 = 0 then 'A comment' end, t2 - interval '10 days'
    from (${lives(members)}) l where conv and churn and not failed and t2 <= now()`);
}

/**
 * Reads day by day, oldest first, as they arrive (so a day's reads lie together on disk): `reads / 730` a day,
 * read k of a day by reader (k + day·7919) mod members — no reader twice on a day, so the unique index holds;
 * stories round the catalogue; one in ten by a non-member, one in fifty by a bot.
 */
async function fillReads(db: Database, members: number, reads: number): Promise<void> {
  const perDay = Math.ceil(reads / DAYS);
  if (perDay > members)
    throw new Error(`--reads allows at most ${members * DAYS} reads for ${members} members`);
  await db.execute(sql`drop table if exists bench_stories`);
  // A plain table, not a temporary one: postgres.js may send the next statement on another connection.
  await db.execute(sql`create unlogged table bench_stories as
    select (row_number() over (order by id)) - 1 as n, id, publisher_id from articles`);
  const stories = await count(db, sql`select count(*) as n from bench_stories`);
  if (stories === 0) throw new Error("no articles to read");
  await withDeferredIndexes(db, "reads", async () => {
    for (let start = 0; start < reads; start += READS_PER_STATEMENT) {
      const end = Math.min(reads, start + READS_PER_STATEMENT) - 1;
      await db.execute(sql`insert into reads (article_id, publisher_id, user_id, seconds, read_at, audience, read_day)
        select s.id, s.publisher_id, 'bench-m-' || (1 + (r.g % ${perDay} + r.d * 7919) % ${members}),
          5 + (r.g * 13) % 900,
          least(r.day::timestamp at time zone 'UTC' + make_interval(secs => (r.g % ${perDay}) * 86399.0 / ${perDay}), now()),
          case when r.g % 50 = 1 then 'bot' when r.g % 10 = 0 then 'non_member' else 'member' end, r.day
        from (select g, g / ${perDay} as d, (now() at time zone 'UTC')::date - (${DAYS - 1} - g / ${perDay})::int as day
              from generate_series(${start}::bigint, ${end}::bigint) g) r
        join bench_stories s on s.n = (r.g * 7919) % ${stories}
        order by r.g`);
      console.log(`  reads ${(end + 1).toLocaleString("en-GB")}/${reads.toLocaleString("en-GB")}`);
    }
  });
  await db.execute(sql`drop table bench_stories`);
}

/** Makes the database hold exactly this size of analytics data (reusing it when it does), rolled up to today. */
export async function fillAnalytics(db: Database, size: AnalyticsSize): Promise<void> {
  setDatabase(db);
  const held = await sizeHeld(db);
  if (held.members !== size.members || held.reads !== size.reads) {
    const started = Date.now();
    console.log(
      `filling analytics: ${size.members.toLocaleString("en-GB")} members, ${size.reads.toLocaleString("en-GB")} reads`,
    );
    await clear(db);
    await clearRevenue(db);
    await fillMembers(db, size.members);
    await fillReads(db, size.members, size.reads);
    await db.execute(sql`delete from reading_daily_topics`);
    await db.execute(sql`delete from reading_daily_titles`);
    await db.execute(sql`delete from rollup_marks where name = 'reading'`);
    console.log(`  filled in ${((Date.now() - started) / 1000).toFixed(1)} s; rolling up by day…`);
  }
  if (
    (await count(
      db,
      sql`select count(*) as n from membership_payments where stripe_invoice_id like 'in\\_bench\\_%'`,
    )) === 0
  ) {
    await fillRevenue(db);
    await db.execute(sql`vacuum (analyze) membership_payments`);
    await db.execute(sql`vacuum (analyze) membership_refunds`);
  }
  const rolled = Date.now();
  await rollUpReading();
  await db.execute(sql`vacuum (analyze) membership_history`);
  await db.execute(sql`vacuum (analyze) reading_daily_topics`);
  await db.execute(sql`vacuum (analyze) reading_daily_titles`);
  console.log(`  roll-up to today in ${((Date.now() - rolled) / 1000).toFixed(1)} s`);
}
