import { requireRole } from "@/lib/auth/session";
import { getPicksForEditing, searchCandidates } from "@/lib/newsroom/picks";
import { PicksEditor } from "./picks-editor";

export const metadata = { title: "Our Picks" };

export default async function PicksPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  await requireRole("editor", "/admin/picks");
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const [{ version, picks }, results] = await Promise.all([getPicksForEditing(), searchCandidates(query)]);
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">Our Picks</h1>
      <PicksEditor
        version={version}
        query={query}
        results={results.map(({ id, headline, publisherName }) => ({ id, headline, publisherName }))}
        saved={picks.map((p) => ({
          ...p,
          startsAt: p.startsAt?.toISOString() ?? null,
          endsAt: p.endsAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
