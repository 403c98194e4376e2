import Link from "next/link";
import type { ReadReason } from "@/lib/billing/entitlements";
import { settings } from "@/lib/config/settings";

// What a reader who may not read the rest sees in its place. The wording follows the reason from canRead.

interface Props {
  reason: ReadReason;
  articlePath: string;
  /** The reader has had their free trial already: offer membership, not another trial. */
  trialUsed?: boolean;
}

const buttonClass =
  "inline-block rounded-full bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-600";

export function PaywallPanel({ reason, articlePath, trialUsed = false }: Props) {
  const subscribeHref = `/subscribe?${new URLSearchParams({ returnTo: articlePath })}`;
  const signInHref = `/sign-in?${new URLSearchParams({ callbackUrl: articlePath })}`;
  const copy = describe(reason, trialUsed || settings.TRIAL_DAYS === 0);
  return (
    <section
      aria-labelledby="paywall-heading"
      data-testid="paywall-panel"
      className="rounded-lg border border-brand-700/30 bg-brand-50 p-6 text-neutral-900 sm:p-8 dark:border-brand-500/40 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <h2 id="paywall-heading" className="font-serif text-2xl font-bold">
        {copy.heading}
      </h2>
      <p className="mt-2">{copy.body}</p>
      <p className="mt-5">
        <Link
          href={copy.action === "billing" ? "/account/membership" : subscribeHref}
          className={buttonClass}
        >
          {copy.button}
        </Link>
      </p>
      {reason === "anonymous" ? (
        <p className="mt-4 text-sm">
          Already a member?{" "}
          <Link href={signInHref} className="font-semibold underline">
            Sign in here
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function describe(
  reason: ReadReason,
  noTrial: boolean,
): { heading: string; body: string; button: string; action: "subscribe" | "billing" } {
  const offer = noTrial
    ? "Read every story from over a hundred titles with one membership."
    : `Read every story from over a hundred titles with one membership. Your first ${settings.TRIAL_DAYS} days are free.`;
  switch (reason) {
    case "anonymous":
      return {
        heading: "Sign up to read this article",
        body: offer,
        button: noTrial ? "Join Newsstand" : "Start your free trial",
        action: "subscribe",
      };
    case "past-due-expired":
      return {
        heading: "Update your card to keep reading",
        body: "We couldn't take your last payment, so full articles are paused. Update your card and you'll be reading again straight away.",
        button: "Update payment details",
        action: "billing",
      };
    case "unconfirmed":
      return {
        heading: "We couldn't confirm your membership just now",
        body: "Your membership's last period has ended and our payment provider didn't answer when we checked. Nothing has changed on your side — please try again in a minute, or see your membership page.",
        button: "See your membership",
        action: "billing",
      };
    case "ended":
      return {
        heading: "Your membership has ended",
        body: "Rejoin to read this article and everything else from every title.",
        button: "Rejoin Newsstand",
        action: "subscribe",
      };
    default:
      return noTrial
        ? {
            heading: "Become a member to read this article",
            body: offer,
            button: "Join Newsstand",
            action: "subscribe",
          }
        : {
            heading: "Start your free trial to read this article",
            body: offer,
            button: "Start your free trial",
            action: "subscribe",
          };
  }
}
