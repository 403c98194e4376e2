import "server-only";
import {
  sumReadingByBucket,
  sumReadingByTitle,
  sumReadingByTopic,
  type ReadingShareRow,
} from "../db/queries/reading-figures";
import { bucketsOf, type Period } from "./period";

// Reading in a period (README "Reading figures"): reads and minutes per bucket, by topic and by title.
// Readers only: members and signed-in non-members; rows recorded as bots are left out.

export interface ReadingBucket {
  key: string;
  start: Date;
  end: Date;
  reads: number;
  minutes: number;
  memberMinutes: number;
}

export interface ReadingShare {
  id: number;
  name: string;
  slug: string;
  reads: number;
  minutes: number;
}

export interface ReadingFigures {
  buckets: ReadingBucket[];
  byTopic: ReadingShare[];
  byTitle: ReadingShare[];
  totals: { reads: number; minutes: number };
}

const toShare = (row: ReadingShareRow): ReadingShare => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  reads: row.reads,
  minutes: row.seconds / 60,
});

export async function getReadingFigures(period: Period): Promise<ReadingFigures> {
  const { from, to, granularity } = period;
  const [perBucket, byTopic, byTitle] = await Promise.all([
    sumReadingByBucket(from, to, granularity),
    sumReadingByTopic(from, to),
    sumReadingByTitle(from, to),
  ]);
  const buckets = bucketsOf(period).map((bucket) => {
    const row = perBucket.find((r) => r.bucket === bucket.key);
    return {
      ...bucket,
      reads: row?.reads ?? 0,
      minutes: (row?.seconds ?? 0) / 60,
      memberMinutes: (row?.memberSeconds ?? 0) / 60,
    };
  });
  return {
    buckets,
    byTopic: byTopic.map(toShare),
    byTitle: byTitle.map(toShare),
    totals: {
      reads: buckets.reduce((n, b) => n + b.reads, 0),
      minutes: buckets.reduce((n, b) => n + b.minutes, 0),
    },
  };
}
