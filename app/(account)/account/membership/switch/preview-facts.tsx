import type { SwitchPreview } from "@/lib/billing/plan-switch";

interface Format {
  date: (date: Date) => string;
  money: (amountMinor: number, currency: string) => string;
}

/** What now: "Nothing" in a trial, the amount charged today, or the credit kept for later payments. */
function dueNowWords(p: SwitchPreview, f: Format): string {
  if (p.trial) return "Nothing — your free trial carries on";
  if (p.dueNowMinor > 0)
    return `${f.money(p.dueNowMinor, p.currency)}, charged today to your card (the new price less the unused part of your current plan)`;
  if (p.dueNowMinor < 0)
    return `Nothing — ${f.money(-p.dueNowMinor, p.currency)} for the unused part of your current plan is credited to your account and taken off your next payments`;
  return "Nothing";
}

/** The preview as a short list of facts the reader confirms. */
export function PreviewFacts({
  price,
  preview: p,
  format: f,
}: {
  price: string;
  preview: SwitchPreview;
  format: Format;
}) {
  return (
    <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-8 gap-y-3" aria-label="What the switch means">
      <dt className="font-semibold">New price</dt>
      <dd data-testid="switch-price">{price}</dd>
      <dt className="font-semibold">Takes effect</dt>
      <dd data-testid="switch-effective">
        {p.trial
          ? `Now; the new price applies when your trial ends on ${f.date(p.next.date)}`
          : "Now, as soon as you confirm"}
      </dd>
      <dt className="font-semibold">Due today</dt>
      <dd data-testid="switch-due-now">{dueNowWords(p, f)}</dd>
      <dt className="font-semibold">Next payment</dt>
      <dd data-testid="switch-next">
        {f.money(p.next.amountMinor, p.currency)} on {f.date(p.next.date)}
      </dd>
    </dl>
  );
}
