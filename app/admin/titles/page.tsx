import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { listTitlesForNewsroom } from "@/lib/newsroom/titles";
import { buttonClass } from "../_components/field-classes";
import { PauseButton } from "./pause-button";

export const metadata = { title: "Titles" };

export default async function TitlesPage() {
  await requireRole("editor", "/admin/titles");
  const titles = await listTitlesForNewsroom();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Titles</h1>
        <Link href="/admin/titles/new" className={buttonClass}>
          New title
        </Link>
      </div>
      <ul aria-label="Titles" className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {titles.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <span>
              <Link href={`/admin/titles/${t.id}`} className="link-brand font-medium">
                {t.name}
              </Link>{" "}
              <span className="text-sm text-neutral-700 dark:text-neutral-300">
                · {t.country} · {t.active ? "Live" : "Paused"}
              </span>
            </span>
            <PauseButton id={t.id} name={t.name} active={t.active} />
          </li>
        ))}
      </ul>
    </>
  );
}
