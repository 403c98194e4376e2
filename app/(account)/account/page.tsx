import type { Metadata } from "next";
import Link from "next/link";
import { SiteShell } from "@/app/_components/site-shell";
import { getReadAccess } from "@/lib/auth/read-access";
import { requireUser } from "@/lib/auth/session";
import { DEFAULT_BRIEFING_HOUR, getBriefingSetting, listTimeZones } from "@/lib/personal/briefing-settings";
import {
  ChangeEmailForm,
  ChangePasswordForm,
  DeleteAccountForm,
  ProfileForm,
} from "./_components/account-forms";
import { BriefingForm } from "./_components/briefing-form";
import { signOutEverywhere, signOutHere } from "./session-actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "password-changed": "Your password was changed. Your other devices have been signed out.",
  "password-reset":
    "Your new password is set, and you are signed in. Your other devices have been signed out.",
  "email-changed": "Your email address was changed.",
};

const MEMBERSHIP_LABELS: Record<string, string> = {
  staff: "Full access (staff)",
  trialing: "Free trial",
  active: "Member",
  canceling: "Member — ends soon",
  "paid-period": "Member until the end of the paid period",
  "past-due-grace": "Payment problem — please update your card",
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = `h-${title.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 border-t border-neutral-200 pt-6 dark:border-neutral-800"
    >
      <h2 id={headingId} className="font-serif text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account");
  const [{ decision }, briefing] = await Promise.all([getReadAccess(), getBriefingSetting(user.id)]);
  const notice = NOTICES[String((await searchParams).notice ?? "")];
  const hasPassword = user.passwordHash !== null;
  return (
    <SiteShell>
      <div className="mx-auto max-w-xl space-y-8">
        <div>
          <h1 className="font-serif text-3xl font-bold tracking-tight">Your account</h1>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            Signed in as <strong className="break-all">{user.email}</strong>
          </p>
        </div>
        {notice ? (
          <p
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
          >
            {notice}
          </p>
        ) : null}
        <Section title="Membership">
          <p>
            {MEMBERSHIP_LABELS[decision.reason] ??
              "No membership — you can read the opening of every article."}
          </p>
          <p className="flex flex-wrap gap-4">
            <Link href="/account/membership" className="font-medium underline">
              Manage membership and billing
            </Link>
            {decision.allowed ? null : (
              <Link href="/subscribe" className="font-medium underline">
                Start your free trial
              </Link>
            )}
          </p>
        </Section>
        <Section title="Daily briefing">
          <p data-testid="briefing-status">
            {briefing
              ? `Your daily briefing is on: every day at ${String(briefing.sendHour).padStart(2, "0")}:00, ${briefing.timeZone.replaceAll("_", " ")} time.`
              : "Your daily briefing is off."}
          </p>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            One email a day with the top stories from what you follow and Our Picks, leaving out what you
            muted. Every briefing has a one-click unsubscribe link.
          </p>
          <BriefingForm
            enabled={briefing !== null}
            sendHour={briefing?.sendHour ?? DEFAULT_BRIEFING_HOUR}
            timeZone={briefing?.timeZone ?? null}
            zones={listTimeZones()}
          />
        </Section>
        <Section title="Profile">
          <ProfileForm name={user.name ?? ""} />
        </Section>
        <Section title="Password">
          <ChangePasswordForm hasPassword={hasPassword} />
        </Section>
        <Section title="Email address">
          <ChangeEmailForm hasPassword={hasPassword} />
        </Section>
        <Section title="Sessions">
          <div className="flex flex-wrap gap-3">
            <form action={signOutHere}>
              <button
                type="submit"
                className="rounded-md border border-neutral-300 px-4 py-2 font-semibold dark:border-neutral-700"
              >
                Sign out
              </button>
            </form>
            <form action={signOutEverywhere}>
              <button
                type="submit"
                className="rounded-md border border-neutral-300 px-4 py-2 font-semibold dark:border-neutral-700"
              >
                Sign out of every device
              </button>
            </form>
          </div>
        </Section>
        <Section title="Your data">
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            Everything we keep about you — profile, membership, follows and mutes, your daily briefing
            setting, saved stories, history and reading time — as one JSON file.
          </p>
          <p>
            {/* A file download, not a page: a plain link, never prefetched. */}
            <a href="/account/export" download className="font-medium underline">
              Download my data
            </a>
          </p>
          <p className="text-sm">
            <Link href="/history" className="underline">
              Your history
            </Link>{" "}
            ·{" "}
            <Link href="/saved" className="underline">
              Saved stories
            </Link>
          </p>
        </Section>
        <Section title="Delete account">
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            This cancels your membership straight away and removes your name, email address, sign-in details,
            follows and mutes, your briefing setting, saved stories and history. Reading time already counted
            for the titles stays, with nothing that leads back to you. It cannot be undone.
          </p>
          <DeleteAccountForm email={user.email} hasPassword={hasPassword} />
        </Section>
      </div>
    </SiteShell>
  );
}
