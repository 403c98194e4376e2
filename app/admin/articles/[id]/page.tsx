import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getTopics } from "@/lib/content/publishers-and-topics";
import { getEditableArticle } from "@/lib/newsroom/articles";
import { getAuditPage } from "@/lib/newsroom/audit";
import { AuditTable } from "../../audit/audit-table";
import { ArticleEditForm, ArticleStatusForm } from "./article-forms";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireRole("editor", `/admin/articles/${raw}`);
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  const article = Number.isSafeInteger(id) ? await getEditableArticle(id) : undefined;
  if (!article) notFound();
  const [topics, history] = await Promise.all([
    getTopics(),
    getAuditPage({ entityType: "article", entityId: String(id) }),
  ]);
  const takenDown = article.takenDownAt !== null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/articles" className="link-brand">
          ← Articles
        </Link>
      </p>
      <h1 className="mb-1 font-serif text-3xl font-bold">{article.headline}</h1>
      <p className="mb-6 text-sm text-neutral-700 dark:text-neutral-300">
        {article.publisherName} ·{" "}
        {takenDown ? (
          <strong>Taken down</strong>
        ) : (
          <Link href={`/articles/${article.slug}`} className="link-brand">
            View on the site
          </Link>
        )}
      </p>
      <div className="grid gap-10 lg:grid-cols-3">
        <section aria-labelledby="edit-heading" className="lg:col-span-2">
          <h2 id="edit-heading" className="mb-3 text-xl font-semibold">
            Wording and topic
          </h2>
          <ArticleEditForm
            article={{
              id: article.id,
              version: article.version,
              headline: article.headline,
              standfirst: article.standfirst,
              topicId: article.topicId,
            }}
            topics={topics.map((t) => ({ id: t.id, name: t.name }))}
          />
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-3 text-xl font-semibold">
            {takenDown ? "Taken down" : "Take down"}
          </h2>
          <ArticleStatusForm
            id={article.id}
            version={article.version}
            takenDown={takenDown}
            published={article.status === "published"}
          />
        </section>
      </div>
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          History
        </h2>
        <p className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
          The publisher’s text is never changed here; every edit below can be read back to the original.
        </p>
        <AuditTable entries={history.entries} caption="Changes to this story, newest first" />
      </section>
    </>
  );
}
