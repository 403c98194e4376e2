import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getTitle } from "@/lib/newsroom/titles";
import { TitleForm } from "../title-form";
import { PauseButton } from "../pause-button";

export const metadata = { title: "Edit title" };

export default async function EditTitlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id: raw } = await params;
  await requireRole("editor", `/admin/titles/${raw}`);
  const title = /^\d{1,9}$/.test(raw) ? await getTitle(Number(raw)) : undefined;
  if (!title) notFound();
  const created = (await searchParams).created === "1";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/titles" className="link-brand">
          ← Titles
        </Link>
      </p>
      <h1 className="mb-2 font-serif text-3xl font-bold">{title.name}</h1>
      {created && (
        <p role="status" className="mb-4 text-sm font-medium text-green-800 dark:text-green-200">
          Created. It is listed at /publishers now.
        </p>
      )}
      <div className="mb-6 flex items-center gap-3">
        <span>{title.active ? "Live" : "Paused"}</span>
        <PauseButton id={title.id} name={title.name} active={title.active} />
      </div>
      <TitleForm
        title={{
          id: title.id,
          version: title.version,
          name: title.name,
          slug: title.slug,
          country: title.country,
          language: title.language,
          description: title.description,
          websiteUrl: title.websiteUrl ?? "",
          feedUrl: title.feedUrl ?? "",
          logoUrl: title.logoUrl,
        }}
      />
    </>
  );
}
