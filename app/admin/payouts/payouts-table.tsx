import type { PayoutStatement } from "@/lib/business/payouts";
import { formatMoney } from "@/lib/billing/plans";
import { TableRegion } from "../_components/table-region";
import { count } from "../_lib/format";

const percent = (share: number) => `${(share * 100).toFixed(2)} %`;
const cell = "py-1.5 pr-4";

/** Each title's members' seconds, share and payout; the last row adds them up (to the pool, exactly). */
export function PayoutsTable({ statement, caption }: { statement: PayoutStatement; caption: string }) {
  const money = (minor: number) => formatMoney(minor, statement.currency);
  const paid = statement.lines.reduce((sum, l) => sum + l.payoutMinor, 0);
  return (
    <TableRegion label={caption} className="mb-6">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th scope="col" className={cell}>
              Title
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Members&apos; seconds
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Share
            </th>
            <th scope="col" className={`${cell} text-right`}>
              Payout
            </th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((line) => (
            <tr key={line.publisherId} className="border-b border-neutral-100 dark:border-neutral-900">
              <th scope="row" className={`${cell} font-normal`}>
                {line.name}
              </th>
              <td className={`${cell} text-right`}>
                {count(line.seconds)}
                {line.lateSeconds > 0 ? ` (${count(line.lateSeconds)} late)` : ""}
              </td>
              <td className={`${cell} text-right`}>{percent(line.share)}</td>
              <td className={`${cell} text-right`}>{money(line.payoutMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className={cell}>
              All titles
            </th>
            <td className={`${cell} text-right`}>{count(statement.totalSeconds)}</td>
            <td className={`${cell} text-right`}>{statement.lines.length > 0 ? percent(1) : "–"}</td>
            <td className={`${cell} text-right`}>{money(paid)}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
