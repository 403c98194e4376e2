import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelAtPeriodEnd, resumePaused, switchPlan } from "@/lib/billing/manage";
import {
  advanceTo,
  startBillingWorld,
  startTrialAt,
  subscribeAgain,
  type BillingWorld,
} from "@/lib/billing/testing/members-on-clocks";
import { addCard } from "@/lib/billing/testing/scenario";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getMembershipFigures } from "./membership-figures";
import { periodSchema } from "./period";

// Six customers through the Stripe emulator on test clocks (real SDK, real webhook handler, real syncs), then
// every membership figure of nine weeks checked exactly. Clock times: day 0 = Monday 2 March 2026.
//   A trial → paid · B trial ends without a card (cancelled) · C trial → payment fails → dunning ends it
//   D trial → paid → switches to annual · E trial → paid → cancels → ends → subscribes again
//   F trial pauses without a card → adds one and resumes

setUpTestDatabase();
let world: BillingWorld;
const T0 = Date.parse("2026-03-02T00:00:00Z");
const day = (d: number, hours = 0) => new Date(T0 + (d * 24 + hours) * 3_600_000);

beforeAll(async () => {
  world = await startBillingWorld();
  const a = await startTrialAt(world, "a", day(0), { card: "pm_card_visa" });
  const b = await startTrialAt(world, "b", day(0), { missing: "cancel" });
  const c = await startTrialAt(world, "c", day(0), { card: "pm_card_chargeCustomerFail" });
  const d = await startTrialAt(world, "d", day(7), { card: "pm_card_visa" });
  const e = await startTrialAt(world, "e", day(7), { card: "pm_card_visa" });
  const f = await startTrialAt(world, "f", day(7), { missing: "pause" });
  for (const m of [a, b, c]) await advanceTo(world, m, day(14, 2)); // A active, B ended, C past due
  for (const m of [d, e, f]) await advanceTo(world, m, day(21, 2)); // D, E active, F paused
  await advanceTo(world, d, day(22));
  expect(await switchPlan(d.userId, "annual")).toEqual({ ok: true });
  await advanceTo(world, e, day(23));
  expect(await cancelAtPeriodEnd(e.userId, { reason: "too-expensive", comment: "Too dear" })).toEqual({
    ok: true,
  });
  await advanceTo(world, c, day(29, 3)); // the last retry (3 + 5 + 7 days after the first charge) failed
  await advanceTo(world, f, day(30));
  await addCard(f, "pm_card_visa");
  expect(await resumePaused(f.userId)).toEqual({ ok: true });
  await advanceTo(world, e, day(52, 2)); // the paid month is over
  await advanceTo(world, e, day(57));
  await subscribeAgain(world, e, "pm_card_visa");
}, 180_000);
afterAll(async () => {
  await world?.close();
});

const weeks = periodSchema.parse({ from: "2026-03-02", to: "2026-05-03", granularity: "week" });

describe("membership figures from the history", () => {
  it("counts members by state at each week's end", async () => {
    const { buckets } = await getMembershipFigures(weeks);
    expect(buckets.map((b) => b.key)).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
      "2026-03-30",
      "2026-04-06",
      "2026-04-13",
      "2026-04-20",
      "2026-04-27",
    ]);
    const s = (trialing: number, active: number, past_due: number, canceling: number, ended: number) => ({
      trialing,
      active,
      past_due,
      canceling,
      ended,
    });
    expect(buckets.map((b) => b.states)).toEqual([
      s(3, 0, 0, 0, 0),
      s(6, 0, 0, 0, 0),
      s(3, 1, 1, 0, 1), // A paid, C past due, B's trial ended
      s(0, 2, 1, 1, 2), // D paid, E cancelling, F paused
      s(0, 3, 0, 1, 2), // C ended by dunning, F resumed
      s(0, 3, 0, 1, 2),
      s(0, 3, 0, 1, 2),
      s(0, 3, 0, 0, 3), // E's paid month over
      s(0, 4, 0, 0, 3), // E subscribed again
    ]);
  });

  it("normalises MRR: annual ÷ 12, past due still counted, a cancellation leaves when made", async () => {
    const { buckets, currency } = await getMembershipFigures(weeks);
    expect(currency).toBe("gbp");
    const annual = 9999 / 12;
    expect(buckets.map((b) => b.mrrMinor)).toEqual([
      0,
      0,
      999 + 999, // A, C (past due)
      999 + 999 + annual, // A, C, D annual; E cancelled at once
      999 + annual + 999, // A, D, F
      999 + annual + 999,
      999 + annual + 999,
      999 + annual + 999,
      999 + annual + 999 + 999, // E again
    ]);
  });

  it("counts new trials, churn by kind and reactivations in the week they happened", async () => {
    const { buckets } = await getMembershipFigures(weeks);
    expect(buckets.map((b) => b.newTrials)).toEqual([3, 3, 0, 0, 0, 0, 0, 0, 0]);
    expect(buckets.map((b) => b.churnFailed)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(buckets.map((b) => b.churnVoluntary)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(buckets.map((b) => b.reactivations)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("gives trial → paid conversion by weekly cohort", async () => {
    const { cohorts } = await getMembershipFigures(weeks);
    expect(cohorts).toEqual([
      { week: "2026-03-02", trials: 3, converted: 1, pending: 0, rate: 1 / 3 },
      { week: "2026-03-09", trials: 3, converted: 3, pending: 0, rate: 1 },
    ]);
  });

  it("gives the same end figures by day and by month", async () => {
    const days = await getMembershipFigures(
      periodSchema.parse({ from: "2026-03-02", to: "2026-05-03", granularity: "day" }),
    );
    const months = await getMembershipFigures(
      periodSchema.parse({ from: "2026-03-02", to: "2026-05-03", granularity: "month" }),
    );
    expect(days.buckets).toHaveLength(63);
    expect(days.buckets[14]?.states).toEqual({ trialing: 3, active: 1, past_due: 1, canceling: 0, ended: 1 });
    expect(
      months.buckets.map((b) => [b.key, b.states.active, b.newTrials, b.churnFailed + b.churnVoluntary]),
    ).toEqual([
      ["2026-03-01", 2, 6, 1], // F resumes at 00:00 on 1 April
      ["2026-04-01", 4, 0, 1],
      ["2026-05-01", 4, 0, 0],
    ]);
    expect(days.buckets.at(-1)?.mrrMinor).toBe(months.buckets.at(-1)?.mrrMinor);
  });

  it("counts the reasons given at cancel, when they were given", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { reasons } = await getMembershipFigures(
      periodSchema.parse({ from: today, to: today, granularity: "day" }),
    );
    expect(reasons).toEqual([{ reason: "too-expensive", n: 1, comments: 1 }]);
    expect((await getMembershipFigures(weeks)).reasons).toEqual([]);
  });
});
