import type Stripe from "stripe";
import type { Emulator } from "../engine/context";
import type { PageResponse } from "./checkout-page";
import { escapeHtml, formatDate, formatMoney, renderPage } from "./html";

// The page behind invoice.hosted_invoice_url: what was charged, for what, and whether it was paid.

/** Where the customer's balance paid part of the invoice (or took its credit): that, and what was due. */
function balanceLines(invoice: Stripe.Invoice): string {
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  const due = `\n<p>Amount due: ${money(invoice.amount_due)}</p>`;
  if (invoice.total < 0) return `\n<p>Credited to your balance: ${money(-invoice.total)}</p>${due}`;
  const applied = invoice.amount_due - invoice.total;
  return applied === 0 ? "" : `\n<p>Applied balance: ${money(applied)}</p>${due}`;
}

export function showInvoice(em: Emulator, id: string): PageResponse {
  const invoice = em.state.invoices[id];
  if (!invoice)
    return {
      status: 404,
      html: renderPage("Not found", `<section class="panel"><h1>Invoice not found</h1></section>`),
    };
  const rows = invoice.lines.data
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.description)}</td><td>${formatDate(line.period.start)} – ${formatDate(line.period.end)}</td><td>${formatMoney(line.amount, line.currency)}</td></tr>`,
    )
    .join("");
  const body = `<section class="panel" aria-labelledby="invoice-title">
<p class="muted">${escapeHtml(em.options.businessName)}</p>
<h1 id="invoice-title">Invoice ${escapeHtml(invoice.number ?? invoice.id)}</h1>
<p>${formatDate(invoice.created)} · <strong>${escapeHtml(invoice.status)}</strong></p>
<table><thead><tr><th scope="col">Description</th><th scope="col">Period</th><th scope="col">Amount</th></tr></thead><tbody>${rows}</tbody></table>
<p class="amount">${formatMoney(invoice.total, invoice.currency)}</p>${balanceLines(invoice)}
</section>`;
  return { status: 200, html: renderPage(`Invoice ${invoice.number ?? invoice.id}`, body) };
}
