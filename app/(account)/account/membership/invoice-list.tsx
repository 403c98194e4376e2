import type { InvoiceLine } from "@/lib/billing/overview";
import { formatDate, formatMoney } from "@/lib/billing/plans";

const STATUS: Record<string, string> = {
  paid: "Paid",
  open: "Due",
  void: "Void",
  uncollectible: "Not paid",
  draft: "Draft",
};

export function InvoiceList({ invoices }: { invoices: InvoiceLine[] }) {
  return (
    <section aria-labelledby="invoices" className="mt-10">
      <h2 id="invoices" className="font-serif text-2xl font-bold">
        Past invoices
      </h2>
      {invoices.length === 0 ? (
        <p className="mt-3">No invoices yet.</p>
      ) : (
        <table className="mt-3 w-full text-left">
          <thead>
            <tr className="border-b border-neutral-300">
              <th scope="col" className="py-2">
                Date
              </th>
              <th scope="col">Amount</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="sr-only">Link</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invoices.map((inv) => (
              <tr key={inv.id} className="border-b border-neutral-200">
                <td className="py-2">{formatDate(inv.date)}</td>
                <td>{formatMoney(inv.amountMinor, inv.currency)}</td>
                <td>{STATUS[inv.status] ?? inv.status}</td>
                <td>
                  {inv.url ? (
                    <a href={inv.url} className="underline">
                      View<span className="sr-only"> invoice of {formatDate(inv.date)}</span>
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
