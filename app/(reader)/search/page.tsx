import type { Metadata } from "next";
import { connection } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getPublishers, getTopics } from "@/lib/content/publishers-and-topics";
import type { RawSearchParams } from "@/lib/content/params";
import { asksWithoutScript } from "@/lib/content/search-without-script";
import { titleChoices, topicChoices } from "./filter-options";
import { SearchShell } from "./search-shell";
import { ServerSearchResults } from "./server-results";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every story from every title on Newsstand.",
  robots: { index: false, follow: true },
};

// One page for every search: the shell (search-shell.tsx) asks GET /api/search for the results, so a search
// nobody made before costs its statements and a JSON answer, not a render of the whole page (the page cache keeps
// the shell once). A browser without JavaScript submits the no-script field and gets its results rendered here.
export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection();
  const raw = await searchParams;
  if (asksWithoutScript(raw)) return <ServerSearchResults raw={raw} />;
  const [publishers, topics, user] = await Promise.all([getPublishers(), getTopics(), getCurrentUser()]);
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Search</h1>
      <SearchShell titles={titleChoices(publishers)} topics={topicChoices(topics)} signedIn={user !== null} />
    </>
  );
}
