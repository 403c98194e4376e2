import type { Metadata } from "next";
import { connection } from "next/server";
import { PublisherLogo } from "@/app/_components/publisher-logo";
import { StoryList } from "@/app/_components/story-list";
import { getCurrentUser } from "@/lib/auth/session";
import { getLatestPage } from "@/lib/content/articles";
import { getPublisher } from "@/lib/content/publishers-and-topics";
import { formatCountry } from "@/lib/content/format";
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
  const publisher = await loadBySlugOr404(params, getPublisher);
  return {
    title: publisher.name,
    description: publisher.description || `The latest from ${publisher.name} on Newsstand.`,
    alternates: { canonical: `/publishers/${publisher.slug}` },
  };
}

export default async function PublisherPage({ params, searchParams }: Props) {
  await connection();
  const publisher = await loadBySlugOr404(params, getPublisher);
  const { page } = parseListParams(await searchParams);
  const [all, user] = await Promise.all([
    getLatestPage({ publisherId: publisher.id }, page),
    getCurrentUser(),
  ]);
  const { page: stories, hidden } = await hideMutedOnPage(user?.id, all);
  const path = `/publishers/${publisher.slug}`;
  return (
    <>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <PublisherLogo name={publisher.name} src={publisher.logoUrl} size={72} />
        <div className="flex flex-col gap-1">
          <h1 className="font-serif text-4xl font-bold">{publisher.name}</h1>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{formatCountry(publisher.country)}</p>
          {publisher.description && (
            <p className="max-w-2xl text-neutral-700 dark:text-neutral-300">{publisher.description}</p>
          )}
          <FollowBar
            targets={[{ kind: "publisher", slug: publisher.slug, name: publisher.name }]}
            returnTo={path}
            labelled={false}
          />
        </div>
      </header>
      <StoryList page={stories} hidden={hidden} basePath={path} heading={`Latest from ${publisher.name}`} />
    </>
  );
}
