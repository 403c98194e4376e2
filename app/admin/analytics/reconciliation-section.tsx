import { getLatestReconciliation } from "@/lib/business/reconciliation-admin";
import { TableRegion } from "../_components/table-region";
import { ReconciliationButton } from "./reconciliation-button";
import { utcMinute } from "../_lib/format";

// The latest reconciliation with Stripe (admins): when, how many subscriptions, and every drift it found with
// what its re-sync did. Figures are only as good as this says (README "Reconciliation with Stripe").

const cell = "py-1 pr-4 align-top";

export async function ReconciliationSection({
  user,
}: {
  user: Parameters<typeof getLatestReconciliation>[0];
}) {
  const run = await getLatestReconciliation(user);
  return (
    <section aria-labelledby="reconciliation-heading" className="mb-8">
      <h2 id="reconciliation-heading" className="mb-2 font-serif text-2xl font-bold">
        Reconciliation with Stripe
      </h2>
      <p className="mb-2 text-sm" data-testid="reconciliation-summary">
        {!run
          ? "No run yet: it runs daily at 04:23 UTC."
          : !run.finishedAt
            ? `A run started ${utcMinute(run.startedAt)} and has not finished.`
            : run.error
              ? `The run of ${utcMinute(run.startedAt)} failed after ${run.checked} subscriptions: ${run.error}`
              : `${utcMinute(run.startedAt)}: ${run.checked} subscriptions checked, ${
                  run.drift.length === 0 ? "no drift" : `${run.drift.length} differences`
                }.`}
      </p>
      <ReconciliationButton />
      {run && run.drift.length > 0 ? (
        <TableRegion label="Differences found by the latest run">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Differences found by the latest run</caption>
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                <th scope="col" className={cell}>
                  Customer / subscription
                </th>
                <th scope="col" className={cell}>
                  Field
                </th>
                <th scope="col" className={cell}>
                  Ours
                </th>
                <th scope="col" className={cell}>
                  Stripe&apos;s
                </th>
                <th scope="col" className={cell}>
                  Repair
                </th>
              </tr>
            </thead>
            <tbody>
              {run.drift.map((d, i) => (
                <tr key={i} className="border-b border-neutral-100 dark:border-neutral-900">
                  <td className={`${cell} font-mono text-xs`}>
                    {d.customerId ?? "–"}
                    <br />
                    {d.subscriptionId}
                  </td>
                  <td className={cell}>{d.field}</td>
                  <td className={cell}>{d.ours ?? "(none)"}</td>
                  <td className={cell}>{d.stripe ?? "(none)"}</td>
                  <td className={cell}>{d.repair ?? "left for a person to look at"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
