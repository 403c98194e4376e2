import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, articles, authors, publishers } from "../schema";
import {
  isListed,
  newestFirst,
  selectArticleCards,
  toPage,
  type ArticleCard,
  type Page,
} from "./article-fields";

export interface AuthorDetail {
  id: number;
  slug: string;
  name: string;
  bio: string;
  publisherSlug: string | null;
  publisherName: string | null;
}

export async function getAuthorBySlug(slug: string): Promise<AuthorDetail | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      bio: authors.bio,
      publisherSlug: publishers.slug,
      publisherName: publishers.name,
    })
    .from(authors)
    .leftJoin(publishers, eq(publishers.id, authors.publisherId))
    .where(eq(authors.slug, slug))
    .limit(1);
  return row;
}

/**
 * An author's listed stories, newest first. article_authors holds no dates, so this reads all of the author's
 * rows (by article_authors_author_idx) and sorts them: a few thousand at most for a staff writer.
 */
export async function listAuthorArticles(
  authorId: number,
  page: number,
  pageSize: number,
): Promise<Page<ArticleCard>> {
  const db = await getDb();
  const rows = await selectArticleCards(db)
    .innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
    .where(and(eq(articleAuthors.authorId, authorId), isListed))
    .orderBy(...newestFirst)
    .limit(pageSize + 1)
    .offset((page - 1) * pageSize);
  return toPage(rows, page, pageSize);
}
