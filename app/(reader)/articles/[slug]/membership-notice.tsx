import type { ReadNotice } from "@/lib/billing/entitlements";
import { formatDateTime } from "@/lib/content/format";

/** Above an article's body: a membership about to stop ("update your card by …", "ends on …"). */
export function MembershipNotice({ notice }: { notice: ReadNotice }) {
  const when = formatDateTime(notice.date);
  if (notice.kind === "update-card") {
    return (
      <p
        role="status"
        className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
      >
        We couldn&apos;t take your last payment. Please{" "}
        <a href="/account/membership" className="font-semibold underline">
          update your card
        </a>{" "}
        by {when} to keep reading.
      </p>
    );
  }
  if (notice.kind === "membership-ends") {
    return <p className="text-sm text-neutral-600 dark:text-neutral-400">Your membership ends on {when}.</p>;
  }
  return null; // trial end dates live on the account page; no banner on every article
}
