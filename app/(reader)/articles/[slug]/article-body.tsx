import { PaywallPanel } from "@/app/_components/paywall-panel";
import { getReadAccess } from "@/lib/auth/read-access";
import type { ReadNotice } from "@/lib/billing/entitlements";
import { getArticleBody } from "@/lib/content/articles";
import { formatDateTime } from "@/lib/content/format";

// The one place an article's body is read and rendered, behind the paywall decision (canRead, per request).
// A reader who may not read never causes the body to be fetched, so it cannot reach them in HTML or RSC.

interface Props {
  articleId: number;
  articlePath: string;
  teaserHtml: string;
}

export async function ArticleBody({ articleId, articlePath, teaserHtml }: Props) {
  const { decision, user } = await getReadAccess();
  if (!decision.allowed) {
    return (
      <>
        <Prose html={teaserHtml} className="article-prose" />
        <PaywallPanel
          reason={decision.reason}
          articlePath={articlePath}
          trialUsed={user?.trialStartedAt != null}
        />
      </>
    );
  }
  const bodyHtml = (await getArticleBody(articleId)) ?? teaserHtml;
  return (
    <>
      {decision.notice ? <MembershipNotice notice={decision.notice} /> : null}
      {/* The class the JSON-LD's hasPart.cssSelector names as the gated part. */}
      <Prose html={bodyHtml} className="paywalled-content article-prose" />
    </>
  );
}

function Prose({ html, className }: { html: string; className: string }) {
  return (
    <div
      className={className}
      // Bodies and teasers are sanitised when they are stored (lib/content sanitising); never user-typed text.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function MembershipNotice({ notice }: { notice: ReadNotice }) {
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
