import Link from "next/link";
import { AuthCard } from "./auth-card";

// What an emailed link's page shows when the link is expired, used or broken: why, and how to get a new one.
export function LinkProblem({
  message,
  renewHref,
  renewLabel,
}: {
  message: string;
  renewHref: string;
  renewLabel: string;
}) {
  return (
    <AuthCard title="This link can't be used">
      <p role="alert">{message}</p>
      <p>
        <Link href={renewHref} className="font-medium underline">
          {renewLabel}
        </Link>
      </p>
    </AuthCard>
  );
}
