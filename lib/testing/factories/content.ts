import { sanitizeArticleHtml } from "../../content/sanitize";
import { getDb } from "../../db/client";
import { updateArticleFields } from "../../db/queries/article-updates";
import { getTitle } from "../../db/queries/editorial-publishers";
import {
  articleAuthors,
  articles,
  authors,
  editorsPicks,
  publishers,
  topics,
  type NewArticle,
  type NewPublisher,
} from "../../db/schema";

// Test data written straight to the database. Every call makes unique slugs so tests in one
// file never collide.

let sequence = 0;
const next = () => `${Date.now().toString(36)}-${(sequence += 1)}`;

export async function createPublisher(overrides: Partial<NewPublisher> = {}) {
  const db = await getDb();
  const n = next();
  const [row] = await db
    .insert(publishers)
    .values({
      slug: `the-test-courier-${n}`,
      name: `The Test Courier ${n}`,
      country: "GB",
      description: "A fictional daily used in tests.",
      logoUrl: "/logos/placeholder.svg",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("publisher not created");
  return row;
}

export async function createTopic(overrides: { slug?: string; name?: string; position?: number } = {}) {
  const db = await getDb();
  const n = next();
  const [row] = await db
    .insert(topics)
    .values({ slug: `topic-${n}`, name: `Topic ${n}`, position: 0, ...overrides })
    .returning();
  if (!row) throw new Error("topic not created");
  return row;
}

export async function createAuthor(overrides: { name?: string; publisherId?: number } = {}) {
  const db = await getDb();
  const n = next();
  const [row] = await db
    .insert(authors)
    .values({
      slug: `author-${n}`,
      name: overrides.name ?? `Alex Writer ${n}`,
      publisherId: overrides.publisherId,
    })
    .returning();
  if (!row) throw new Error("author not created");
  return row;
}

type ArticleOverrides = Partial<Omit<NewArticle, "publisherId" | "topicId">> & {
  publisherId?: number;
  topicId?: number;
  authorIds?: number[];
};

/** An article; creates a publisher and topic when none are given. */
export async function createArticle(overrides: ArticleOverrides = {}) {
  const db = await getDb();
  // HTML goes through the same allowlist as every stored body (test hooks can send anything).
  const { authorIds = [], teaserHtml, bodyHtml, ...fields } = overrides;
  const publisherId = fields.publisherId ?? (await createPublisher()).id;
  const topicId = fields.topicId ?? (await createTopic()).id;
  const n = next();
  const [row] = await db
    .insert(articles)
    .values({
      slug: `story-${n}`,
      headline: `Council approves new riverside park ${n}`,
      standfirst: "Residents welcomed the plan after years of debate.",
      teaserHtml: sanitizeArticleHtml(teaserHtml ?? "<p>The council voted on Tuesday.</p>"),
      bodyHtml: sanitizeArticleHtml(
        bodyHtml ?? "<p>The council voted on Tuesday.</p><p>Work begins in spring.</p>",
      ),
      publishedAt: new Date(),
      ...fields,
      publisherId,
      topicId,
    })
    .returning();
  if (!row) throw new Error("article not created");
  if (authorIds.length > 0) {
    await db
      .insert(articleAuthors)
      .values(authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position })));
  }
  return row;
}

export async function createPick(articleId: number, position: number) {
  const db = await getDb();
  const [row] = await db.insert(editorsPicks).values({ articleId, position }).returning();
  if (!row) throw new Error("pick not created");
  return row;
}

/** A title's slug by id (the e2e follows the title an article was made for). */
export async function findPublisherSlug(id: number): Promise<string> {
  const title = await getTitle(id);
  if (!title) throw new Error(`no publisher ${id}`);
  return title.slug;
}

/** A time `hours` before now. */
export function hoursAgo(hours: number): Date {
  return new Date(Date.now() - hours * 3_600_000);
}

/** Changes an article as an editor would (headline, body, or taking it down); the caller purges. */
export async function updateArticle(
  id: number,
  changes: { headline?: string; bodyHtml?: string; status?: "published" | "withdrawn" },
) {
  const { bodyHtml, ...fields } = changes;
  return updateArticleFields(id, {
    ...fields,
    ...(bodyHtml === undefined ? {} : { bodyHtml: sanitizeArticleHtml(bodyHtml) }),
  });
}
