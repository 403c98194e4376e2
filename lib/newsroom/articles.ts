import "server-only";
import { insertAuditEntry } from "@/lib/db/queries/audit-log";
import {
  getEditableArticle,
  topicExists,
  updateEditableArticle,
  type ArticleChange,
  type EditableArticle,
} from "@/lib/db/queries/editorial-articles";
import { withTransaction } from "@/lib/db/queries/transaction";
import type { Database } from "@/lib/db/client";
import { forgetGoneArticles } from "@/lib/content/gone";
import { contentTags, purgeContent } from "@/lib/content/purge";
import type { User } from "@/lib/db/schema";
import { assertRole, EditorialInputError, StaleVersionError } from "./errors";

export type { ArticleListing, EditableArticle } from "@/lib/db/queries/editorial-articles";
export { findArticlesForNewsroom, getEditableArticle } from "@/lib/db/queries/editorial-articles";

const STALE =
  "Another editor changed this story since you opened it. Nothing was saved: the form now shows their version.";

/** Everything that lists or shows the article: it may have been anywhere. */
const tagsFor = (id: number) => [
  contentTags.articleLists,
  contentTags.article(id),
  contentTags.picks,
  contentTags.frontPage,
];

interface Change {
  action: string;
  summary: (article: EditableArticle) => string;
  /** The fields to set, from the locked current row; throws EditorialInputError when it cannot apply. */
  apply: (article: EditableArticle, tx: Database) => Promise<ArticleChange>;
}

/** Locks the article, checks the version, applies the change and records it; purges after the commit. */
async function changeArticle(
  actor: User,
  id: number,
  expectedVersion: number,
  change: Change,
): Promise<number> {
  assertRole(actor, "editor");
  const version = await withTransaction(async (tx) => {
    const article = await getEditableArticle(id, tx);
    if (!article) throw new EditorialInputError(`No story has the id ${id}. Nothing was changed.`);
    if (article.version !== expectedVersion) throw new StaleVersionError(STALE);
    const fields = await change.apply(article, tx);
    const before = Object.fromEntries(
      Object.keys(fields).map((k) => [k, article[k as keyof EditableArticle]]),
    );
    const next = await updateEditableArticle(tx, id, fields);
    await insertAuditEntry(tx, {
      actor,
      action: change.action,
      entityType: "article",
      entityId: id,
      summary: change.summary(article),
      before,
      after: fields,
    });
    return next;
  });
  forgetGoneArticles();
  await purgeContent(tagsFor(id));
  return version;
}

export interface ArticleEdit {
  headline: string;
  standfirst: string;
  topicId: number;
}

/** Edits headline, standfirst and topic; the body (the publisher's text) is never touched. */
export function editArticle(actor: User, id: number, expectedVersion: number, edit: ArticleEdit) {
  return changeArticle(actor, id, expectedVersion, {
    action: "article.edit",
    summary: (a) => `Edited “${a.headline}”`,
    apply: async (article, tx) => {
      if (edit.topicId !== article.topicId && !(await topicExists(tx, edit.topicId))) {
        throw new EditorialInputError("That topic does not exist. Nothing was changed.");
      }
      const changed: ArticleChange = {};
      if (edit.headline !== article.headline) changed.headline = edit.headline;
      if (edit.standfirst !== article.standfirst) changed.standfirst = edit.standfirst;
      if (edit.topicId !== article.topicId) changed.topicId = edit.topicId;
      if (Object.keys(changed).length === 0)
        throw new EditorialInputError("Nothing to save: no field changed.");
      return changed;
    },
  });
}

/** Takes a published story down: gone from every list, search and the sitemap; its URL answers 410. */
export function takeDownArticle(actor: User, id: number, expectedVersion: number) {
  return changeArticle(actor, id, expectedVersion, {
    action: "article.take-down",
    summary: (a) => `Took down “${a.headline}”`,
    apply: async (article) => {
      if (article.status !== "published")
        throw new EditorialInputError("Only a published story can be taken down.");
      return { status: "withdrawn", takenDownAt: new Date() };
    },
  });
}

/** Puts a taken-down story back as it was. */
export function restoreArticle(actor: User, id: number, expectedVersion: number) {
  return changeArticle(actor, id, expectedVersion, {
    action: "article.restore",
    summary: (a) => `Restored “${a.headline}”`,
    apply: async (article) => {
      if (article.takenDownAt === null) throw new EditorialInputError("This story was not taken down.");
      return { status: "published", takenDownAt: null };
    },
  });
}
