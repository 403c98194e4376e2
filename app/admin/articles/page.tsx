import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { getPublishers, getTopics } from "@/lib/content/publishers-and-topics";
import { findArticlesForNewsroom } from "@/lib/newsroom/articles";
import { buttonClass } from "../_components/field-classes";
import { Field, SelectField } from "../_components/field";
import { parseFinderParams } from "./finder-params";

export const metadata = { title: "Articles" };

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const STATUS = { published: "Published", withdrawn: "Taken down", draft: "Draft" } as const;

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("editor", "/admin/articles");
  const { form, query, searched } = parseFinderParams(await searchParams);
  const [publishers, topics, found] = await Promise.all([
    getPublishers(),
    getTopics(),
    searched ? findArticlesForNewsroom(query) : Promise.resolve([]),
  ]);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Articles</h1>
      <form
        method="get"
        role="search"
        aria-label="Find articles"
        className="mb-6 grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <div className="sm:col-span-3 lg:col-span-2">
          <Field id="find-q" label="Words in the headline or text">
            {(control) => <input name="q" type="search" defaultValue={form.q} {...control} />}
          </Field>
        </div>
        <SelectField
          id="find-title"
          name="title"
          label="Title"
          anyLabel="Any title"
          defaultValue={form.title}
          options={publishers.map((p) => ({ value: p.slug, label: p.name }))}
        />
        <SelectField
          id="find-topic"
          name="topic"
          label="Topic"
          anyLabel="Any topic"
          defaultValue={form.topic}
          options={topics.map((t) => ({ value: t.slug, label: t.name }))}
        />
        <Field id="find-from" label="From">
          {(control) => <input name="from" type="date" defaultValue={form.from} {...control} />}
        </Field>
        <Field id="find-until" label="Until">
          {(control) => <input name="until" type="date" defaultValue={form.until} {...control} />}
        </Field>
        <button type="submit" className={buttonClass}>
          Find
        </button>
      </form>
      {searched && found.length === 0 && <p>No story matches.</p>}
      {found.length > 0 && (
        <ul aria-label="Stories found" className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {found.map((a) => (
            <li key={a.id} className="py-3">
              <Link href={`/admin/articles/${a.id}`} className="link-brand font-medium">
                {a.headline}
              </Link>
              <p className="text-sm text-neutral-700 dark:text-neutral-300">
                {a.publisherName} · {a.topicName} · {day.format(a.publishedAt)} · {STATUS[a.status]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
