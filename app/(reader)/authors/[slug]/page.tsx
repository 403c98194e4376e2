import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { StoryList } from "@/app/_components/story-list";
import { getCurrentUser } from "@/lib/auth/session";
import { getAuthor, getAuthorPage } from "@/lib/content/authors";
import { parseListParams, type RawSearchParams } from "@/lib/content/params";
import { hideMutedOnPage } from "@/lib/personal/mutes";
import { FollowBar } from "../../_components/follow-bar";
import { loadBySlugOr404 } from "../../load-by-slug";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const author = await loadBySlugOr404(params, getAuthor);
  return {
    title: author.name,
    description: author.bio || `Stories by ${author.name} on Newsstand.`,
    alternates: { canonical: `/authors/${author.slug}` },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  await connection();
  const author = await loadBySlugOr404(params, getAuthor);
  const { page } = parseListParams(await searchParams);
  const [all, user] = await Promise.all([getAuthorPage(author.id, page), getCurrentUser()]);
  const { page: stories, hidden } = await hideMutedOnPage(user?.id, all);
  const path = `/authors/${author.slug}`;
  return (
    <>
      <header className="flex flex-col gap-3">
        <p className="text-sm font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-500">
          Writer
        </p>
        <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
        {author.publisherSlug && (
          <p className="text-neutral-700 dark:text-neutral-300">
            Writes for{" "}
            <Link href={`/publishers/${author.publisherSlug}`} className="link-brand font-medium">
              {author.publisherName}
            </Link>
          </p>
        )}
        {author.bio && <p className="max-w-2xl text-neutral-700 dark:text-neutral-300">{author.bio}</p>}
        <FollowBar
          targets={[{ kind: "author", slug: author.slug, name: author.name }]}
          returnTo={path}
          labelled={false}
        />
      </header>
      <StoryList page={stories} hidden={hidden} basePath={path} heading={`Latest by ${author.name}`} />
    </>
  );
}
