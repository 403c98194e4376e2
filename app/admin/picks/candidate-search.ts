import "server-only";
import { searchCandidates } from "@/lib/newsroom/picks";
import type { Candidate } from "./pick-search";

// The story search under the newsroom's curation editors (Our Picks, the front page): the page's ?q= read the
// same way for both, and the matches cut down to what the browser shows.

export async function findCandidates(
  q: string | string[] | undefined,
): Promise<{ query: string; results: Candidate[] }> {
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 200) ?? "";
  const results = await searchCandidates(query);
  return {
    query,
    results: results.map(({ id, headline, publisherName }) => ({ id, headline, publisherName })),
  };
}
