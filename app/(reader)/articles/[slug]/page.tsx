import type { Metadata } from "next";
import { connection } from "next/server";
import { ArticleImage } from "@/app/_components/article-image";
import { StorySection } from "@/app/_components/story-section";
import { getCurrentUser } from "@/lib/auth/session";
import { getArticle, getEditorsPicks, getRelatedStories, getTopStories } from "@/lib/content/articles";
import { hideMuted } from "@/lib/personal/mutes";
import { FollowBar } from "../../_components/follow-bar";
import { ArticleBody } from "./article-body";
import { ArticleHeader } from "./article-header";
import { ArticleJsonLd } from "./article-json-ld";
import { SourceExcerpt } from "./source-excerpt";
import { ReadingTime } from "./reading-time";
import { STORY_ID } from "./story-id";
import { loadBySlugOr404 } from "../../load-by-slug";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await loadBySlugOr404(params, getArticle);
  const url = `/articles/${article.slug}`;
  const images = article.heroImageUrl
    ? [{ url: article.heroImageUrl, alt: article.heroImageAlt }]
    : undefined;
  return {
    title: article.headline,
    description: article.standfirst,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: article.headline,
      description: article.standfirst,
      siteName: "Newsstand",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.topicName,
      authors: article.authors.map((a) => a.name),
      images,
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: article.headline,
      description: article.standfirst,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const article = await loadBySlugOr404(params, getArticle);
  const [related, top, picks, user] = await Promise.all([
    getRelatedStories(article, 4),
    getTopStories(5),
    getEditorsPicks(5),
    getCurrentUser(),
  ]);
  const others = (list: typeof top) => list.filter((a) => a.id !== article.id).slice(0, 4);
  const lists = await hideMuted(user?.id, { related, top: others(top), picks: others(picks) });
  const path = `/articles/${article.slug}`;
  return (
    <>
      <ArticleJsonLd article={article} />
      <div className="grid gap-12 lg:grid-cols-3">
        <article id={STORY_ID} className="flex flex-col gap-6 lg:col-span-2">
          <ArticleHeader article={article} />
          <FollowBar
            returnTo={path}
            targets={[
              { kind: "publisher", slug: article.publisherSlug, name: article.publisherName },
              { kind: "topic", slug: article.topicSlug, name: article.topicName },
              ...article.authors.map((a) => ({ kind: "author" as const, slug: a.slug, name: a.name })),
            ]}
          />
          {article.heroImageUrl && (
            <figure className="flex flex-col gap-2">
              <ArticleImage
                src={article.heroImageUrl}
                alt={article.heroImageAlt}
                width={article.heroImageWidth}
                height={article.heroImageHeight}
                sizes="(min-width: 1024px) 66vw, 100vw"
                priority
              />
              {(article.heroImageCaption || article.heroImageCredit) && (
                <figcaption className="text-sm text-neutral-600 dark:text-neutral-400">
                  {article.heroImageCaption}
                  {article.heroImageCredit && <span className="ml-1 italic">{article.heroImageCredit}</span>}
                </figcaption>
              )}
            </figure>
          )}
          {article.sourcePartial ? (
            <SourceExcerpt
              excerptHtml={article.teaserHtml}
              sourceUrl={article.canonicalUrl}
              publisherName={article.publisherName}
            />
          ) : (
            <ArticleBody articleId={article.id} articlePath={path} teaserHtml={article.teaserHtml} />
          )}
          <ReadingTime article={article} />
        </article>
        <aside aria-label="More stories" className="flex flex-col gap-10">
          <StorySection
            id="top"
            title="Top stories"
            articles={lists.top.items}
            hidden={lists.top.hidden}
            layout="list"
          />
          <StorySection
            id="picks"
            title="Our Picks"
            articles={lists.picks.items}
            hidden={lists.picks.hidden}
            layout="list"
          />
        </aside>
      </div>
      <div className="mt-12">
        <StorySection
          id="related"
          title="Related stories"
          articles={lists.related.items}
          hidden={lists.related.hidden}
          moreHref={`/topics/${article.topicSlug}`}
          moreLabel={`More in ${article.topicName}`}
        />
      </div>
    </>
  );
}
