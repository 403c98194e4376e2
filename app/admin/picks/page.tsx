import { requireRole } from "@/lib/auth/session";
import { getPicksForEditing } from "@/lib/newsroom/picks";
import { findCandidates } from "./candidate-search";
import { PicksEditor } from "./picks-editor";

export const metadata = { title: "Our Picks" };

export default async function PicksPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  await requireRole("editor", "/admin/picks");
  const [{ version, picks }, { query, results }] = await Promise.all([
    getPicksForEditing(),
    findCandidates((await searchParams).q),
  ]);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Our Picks</h1>
      <PicksEditor
        version={version}
        query={query}
        results={results}
        saved={picks.map((p) => ({
          ...p,
          startsAt: p.startsAt?.toISOString() ?? null,
          endsAt: p.endsAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
