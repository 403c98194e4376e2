import { setDatabase } from "../../lib/db/client";
import type { Database } from "../../lib/db/open";
import { listTopicRails, listTopStories } from "../../lib/db/queries/articles";
import { listEditorsPicks } from "../../lib/db/queries/picks";
import { getForYou } from "../../lib/personal/for-you";
import { hideMutedOnHome, type HomeLists } from "../../lib/personal/home";
import { timeQueries, type QueryResult, type QuerySpec } from "./queries";
import { FOLLOWS, HISTORY, MUTES, fillReaders, sampleReadersForRow } from "./readers";

// The personal rows (issue 15, point 8): a reader's For You, and the home page's per-reader work — their mutes
// applied to the shared lists (which the app takes from "use cache", so they are fetched once here) beside their
// For You rail — for generated readers with FOLLOWS follows, MUTES mutes and HISTORY stories read each.

interface PersonalSample {
  readers: string[];
  home: HomeLists;
}

const FOR_YOU_LENGTH = 30; // the /for-you page
const RAIL_LENGTH = 4; // the home rail

const reader = (s: PersonalSample, i: number) => s.readers[(i * 7919) % s.readers.length] ?? "";

const specs: QuerySpec<PersonalSample>[] = [
  {
    name: `For You (${FOLLOWS} follows, ${MUTES} mutes, ${HISTORY} read)`,
    targetMs: 20,
    run: (s, i) => getForYou(reader(s, i), FOR_YOU_LENGTH),
  },
  { name: "home, member: mutes applied", targetMs: 15, run: (s, i) => hideMutedOnHome(reader(s, i), s.home) },
  {
    name: "home, member: mutes + For You rail",
    targetMs: 20,
    run: (s, i) => Promise.all([hideMutedOnHome(reader(s, i), s.home), getForYou(reader(s, i), RAIL_LENGTH)]),
  },
];

export async function measurePersonalQueries(
  db: Database,
  readers: number,
  iterations: number,
): Promise<QueryResult[]> {
  setDatabase(db);
  await fillReaders(db, readers);
  // The home page's sizes (HOME_LAYOUT in app/_components/home-sections.tsx): 5 top stories, 4 picks, rails of 4.
  const [top, picks, rails] = await Promise.all([listTopStories(5), listEditorsPicks(4), listTopicRails(4)]);
  const sample = {
    readers: sampleReadersForRow(readers, iterations),
    home: { top, picks, rails },
  };
  return timeQueries(db, specs, sample, iterations);
}
