import type { ArticleDetail } from "@/lib/content/articles";
import { settings } from "@/lib/config/settings";

/** NewsArticle structured data from teaser fields only, marking the body as the gated part. */
export function ArticleJsonLd({ article }: { article: ArticleDetail }) {
  const absolute = (path: string) => new URL(path, settings.appUrl).toString();
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.standfirst,
    image: article.heroImageUrl ? [absolute(article.heroImageUrl)] : undefined,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.authors.map((author) => ({ "@type": "Person", name: author.name })),
    publisher: {
      "@type": "Organization",
      name: article.publisherName,
      logo: article.publisherLogoUrl
        ? { "@type": "ImageObject", url: absolute(article.publisherLogoUrl) }
        : undefined,
    },
    mainEntityOfPage: absolute(`/articles/${article.slug}`),
    // An excerpt-only feed article has no gated part: everyone sees all we have, and its source is named.
    ...(article.sourcePartial
      ? { isAccessibleForFree: true, isBasedOn: article.canonicalUrl ?? undefined }
      : {
          isAccessibleForFree: false,
          hasPart: {
            "@type": "WebPageElement",
            isAccessibleForFree: false,
            cssSelector: ".paywalled-content",
          },
        }),
  };
  // "<" is escaped so no headline can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
