import { beforeAll, describe, expect, it } from "vitest";
import { rollUpReading } from "@/lib/db/queries/reading-rollup";
import { createReadRow } from "@/lib/testing/factories/business";
import { createArticle, createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { periodSchema } from "./period";
import { getReadingFigures } from "./reading-figures";

// Reading figures: reads and minutes per bucket, by topic and title, bots left out; the same whether the days
// come from the daily roll-up or live from `reads`.

setUpTestDatabase();
const march = periodSchema.parse({ from: "2026-03-01", to: "2026-03-31", granularity: "week" });
const at = (iso: string) => new Date(`${iso}Z`);

beforeAll(async () => {
  const ledger = await createPublisher({ slug: "ledger", name: "The Ledger" });
  const courier = await createPublisher({ slug: "courier", name: "The Courier" });
  const politics = await createTopic({ slug: "politics", name: "Politics" });
  const science = await createTopic({ slug: "science", name: "Science" });
  const a1 = await createArticle({ publisherId: ledger.id, topicId: politics.id });
  const a2 = await createArticle({ publisherId: courier.id, topicId: science.id });
  const a3 = await createArticle({ publisherId: courier.id, topicId: politics.id });
  await createReadRow({ article: a1, readAt: at("2026-03-02T10:00:00"), seconds: 600 });
  await createReadRow({
    article: a1,
    readAt: at("2026-03-03T23:59:59"),
    seconds: 120,
    audience: "non_member",
  });
  await createReadRow({ article: a2, readAt: at("2026-03-09T00:00:00"), seconds: 300 });
  await createReadRow({ article: a3, readAt: at("2026-03-15T12:00:00"), seconds: 60 });
  await createReadRow({ article: a2, readAt: at("2026-03-16T08:00:00"), seconds: 900, audience: "bot" });
  await createReadRow({ article: a3, readAt: at("2026-03-31T23:00:00"), seconds: 180 });
  await createReadRow({ article: a3, readAt: at("2026-04-01T00:00:00"), seconds: 999 }); // after the period
  await createReadRow({ article: a2, readAt: at("2026-02-28T23:59:59"), seconds: 999 }); // before it
});

async function expectMarchFigures() {
  const figures = await getReadingFigures(march);
  expect(figures.buckets.map((b) => [b.key, b.reads, b.minutes, b.memberMinutes])).toEqual([
    ["2026-02-23", 0, 0, 0], // 1 March is a Sunday: its ISO week starts in February, cut to the period
    ["2026-03-02", 2, 12, 10],
    ["2026-03-09", 2, 6, 6],
    ["2026-03-16", 0, 0, 0], // the bot's 15 minutes are not reading
    ["2026-03-23", 0, 0, 0],
    ["2026-03-30", 1, 3, 3],
  ]);
  expect(figures.byTopic.map((t) => [t.slug, t.reads, t.minutes])).toEqual([
    ["politics", 4, 16],
    ["science", 1, 5],
  ]);
  expect(figures.byTitle.map((t) => [t.slug, t.reads, t.minutes])).toEqual([
    ["ledger", 2, 12],
    ["courier", 3, 9],
  ]);
  expect(figures.totals).toEqual({ reads: 5, minutes: 21 });
}

describe("reading figures", () => {
  it("counts reads and minutes live from reads before any roll-up", expectMarchFigures);

  it("gives the same figures from the daily roll-up, and rolls again without doubling", async () => {
    expect((await rollUpReading()).from).toBe("2026-02-28");
    await expectMarchFigures();
    await rollUpReading("2026-03-01");
    await expectMarchFigures();
  });
});
