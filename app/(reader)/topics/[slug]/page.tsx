import type { Metadata } from "next";
import { connection } from "next/server";
import { StoryList } from "@/app/_components/story-list";
import { getCurrentUser } from "@/lib/auth/session";
import { getLatestPage } from "@/lib/content/articles";
import { getTopic } from "@/lib/content/publishers-and-topics";
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
  const topic = await loadBySlugOr404(params, getTopic);
  return {
    title: topic.name,
    description: topic.description || `The latest ${topic.name} news from every title on Newsstand.`,
    alternates: { canonical: `/topics/${topic.slug}` },
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  await connection();
  const topic = await loadBySlugOr404(params, getTopic);
  const { page } = parseListParams(await searchParams);
  const [all, user] = await Promise.all([getLatestPage({ topicId: topic.id }, page), getCurrentUser()]);
  const { page: stories, hidden } = await hideMutedOnPage(user?.id, all);
  const path = `/topics/${topic.slug}`;
  return (
    <>
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-500">
          Topic
        </p>
        <h1 className="font-serif text-4xl font-bold">{topic.name}</h1>
        {topic.description && (
          <p className="max-w-2xl text-lg text-neutral-700 dark:text-neutral-300">{topic.description}</p>
        )}
        <FollowBar
          targets={[{ kind: "topic", slug: topic.slug, name: topic.name }]}
          returnTo={path}
          labelled={false}
        />
      </header>
      <StoryList
        page={stories}
        hidden={hidden}
        basePath={path}
        heading={`Latest in ${topic.name}`}
        showTopic={false}
      />
    </>
  );
}
