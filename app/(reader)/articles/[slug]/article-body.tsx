import { getArticleBody } from "@/lib/content/articles";

// The one place an article's body is read and rendered. The paywall decision belongs here:
// whatever this component does not render never reaches the browser.
export async function ArticleBody({ articleId, teaserHtml }: { articleId: number; teaserHtml: string }) {
  const bodyHtml = (await getArticleBody(articleId)) ?? teaserHtml;
  return (
    <div
      className="paywalled-content article-prose"
      // Bodies are sanitised when they are stored (lib/content sanitising); never user-typed text.
      dangerouslySetInnerHTML={{ __html: bodyHtml }}
    />
  );
}
