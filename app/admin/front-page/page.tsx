import { requireRole } from "@/lib/auth/session";
import { getFrontPageForEditing } from "@/lib/newsroom/front-page";
import { findCandidates } from "../picks/candidate-search";
import { toDraftSlots } from "./draft";
import { FrontPageEditor } from "./front-page-editor";

export const metadata = { title: "Front page" };

/** Which topic rails the home page shows and in what order, and its lead stories (by hand or automatic). */
export default async function FrontPagePage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  await requireRole("editor", "/admin/front-page");
  const [front, { query, results }] = await Promise.all([
    getFrontPageForEditing(),
    findCandidates((await searchParams).q),
  ]);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Front page</h1>
      <FrontPageEditor
        version={front.version}
        savedRails={front.rails}
        savedSlots={toDraftSlots(front.leads)}
        query={query}
        results={results}
      />
    </>
  );
}
