import { notFound } from "next/navigation";
import { parseSlug } from "@/lib/content/params";

/** The thing a `[slug]` route names, or the 404 page — also for slugs that cannot be ours. */
export async function loadBySlugOr404<T>(
  params: Promise<{ slug: string }>,
  load: (slug: string) => Promise<T | undefined>,
): Promise<T> {
  const slug = parseSlug((await params).slug);
  const found = slug ? await load(slug) : undefined;
  if (found === undefined) notFound();
  return found;
}
