import { PaywallPanel } from "@/app/_components/paywall-panel";
import { getReadAccess } from "@/lib/auth/read-access";
import { getArticleBody } from "@/lib/content/articles";
import { MembershipNotice } from "./membership-notice";
import { SharedMembershipNotice } from "./shared-article-parts";

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
      {/* On the members' shared copy, the reader's own notice arrives in the browser. */}
      {decision.reason === "shared-member" ? (
        <SharedMembershipNotice />
      ) : decision.notice ? (
        <MembershipNotice notice={decision.notice} />
      ) : null}
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
