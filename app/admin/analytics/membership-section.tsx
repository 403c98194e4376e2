import type { MembershipFigures } from "@/lib/business/membership-figures";
import { formatMoney } from "@/lib/billing/plans";
import { BarChart } from "../_components/charts/bar-chart";
import { StepChart } from "./step-chart";
import { count } from "../_lib/format";

const percent = (n: number | null) => (n === null ? "–" : `${(n * 100).toFixed(1)}%`);
const REASON_WORDS: Record<string, string> = {
  "too-expensive": "Costs more than it's worth",
  "not-reading": "Doesn't read enough",
  "missing-titles": "Titles they want aren't here",
  elsewhere: "Gets news elsewhere",
  break: "Taking a break",
  other: "Something else",
};

export function MembershipSection({ figures }: { figures: MembershipFigures }) {
  const money = (minor: number) => formatMoney(Math.round(minor), figures.currency);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-4 font-serif text-2xl font-bold">
        Members
      </h2>
      <StepChart
        title="Members by state"
        summary="Memberships in each state at the end of each step (for the step not over yet: now)."
        yLabel="Memberships"
        buckets={figures.buckets}
        series={[
          { name: "Trialing", of: (b) => b.states.trialing },
          { name: "Active", of: (b) => b.states.active },
          { name: "Past due", of: (b) => b.states.past_due },
          { name: "Canceling", of: (b) => b.states.canceling },
          { name: "Ended", of: (b) => b.states.ended },
        ]}
        format={count}
      />
      <StepChart
        title={`MRR (${figures.currency.toUpperCase()})`}
        summary="Monthly recurring revenue at the end of each step: active and past-due memberships at their price per month (annual ÷ 12); a cancellation leaves it when made."
        yLabel="MRR"
        buckets={figures.buckets}
        series={[{ name: "MRR", of: (b) => b.mrrMinor }]}
        format={money}
      />
      <StepChart
        title="New trials, churn and reactivations"
        summary="What happened in each step: trials started, paid memberships ended (voluntarily, or after a failed payment), and members who came back."
        yLabel="Memberships"
        buckets={figures.buckets}
        series={[
          { name: "New trials", of: (b) => b.newTrials },
          { name: "Churn, voluntary", of: (b) => b.churnVoluntary },
          { name: "Churn, failed payment", of: (b) => b.churnFailed },
          { name: "Reactivations", of: (b) => b.reactivations },
        ]}
        format={count}
      />
      <BarChart
        title="Trial → paid conversion by weekly cohort"
        summary="Trials started in each week (Monday), and the share of them that became paid memberships since."
        rowHeader="Week starting"
        valueLabel="Converted"
        rows={figures.cohorts.map((c) => c.week)}
        values={figures.cohorts.map((c) => c.rate ?? 0)}
        format={(n) => percent(n)}
        extraColumns={[
          { label: "Trials", values: figures.cohorts.map((c) => count(c.trials)) },
          { label: "Paid", values: figures.cohorts.map((c) => count(c.converted)) },
          { label: "Still in trial", values: figures.cohorts.map((c) => count(c.pending)) },
        ]}
      />
      <BarChart
        title="Cancellation reasons"
        summary="Reasons members picked when cancelling in this period (both the reason and a comment are optional)."
        rowHeader="Reason"
        valueLabel="Cancellations"
        rows={figures.reasons.map((r) =>
          r.reason ? (REASON_WORDS[r.reason] ?? r.reason) : "No reason picked",
        )}
        values={figures.reasons.map((r) => r.n)}
        format={count}
        extraColumns={[{ label: "With a comment", values: figures.reasons.map((r) => count(r.comments)) }]}
      />
    </section>
  );
}
