import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { settings } from "@/lib/config/settings";
import { listTitleArticles } from "@/lib/db/queries/feed-articles";
import { findFeedTarget, setTitleFeed } from "@/lib/db/queries/feeds";
import { getJobEngine, stopJobEngine } from "@/lib/jobs/engine";
import { jobDefinitions } from "@/lib/jobs/queues";
import { defineQueues, workQueue } from "@/lib/jobs/workers";
import { createPublisher, createTopic } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { item, rss, send, startFeedServer, type FeedServer } from "./testing/feed-server";

// Feeds on the job engine: feeds-due queues a feed-poll per due title, and the poll stores its items.

setUpTestDatabase();
let server: FeedServer;
let boss: PgBoss;
const mutable = settings as unknown as Record<string, unknown>;
const saved = { ...settings };
beforeAll(async () => {
  server = await startFeedServer();
  Object.assign(mutable, { FEEDS_PRIVATE_HOSTS: [server.host], FEEDS_HOST_GAP_MS: 0 });
  await createTopic({ slug: "world", name: "World" });
  boss = await getJobEngine({ schedule: false });
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(async () => {
  Object.assign(mutable, saved);
  await stopJobEngine();
  await server.close();
});

it("polls every due title through feeds-due and feed-poll jobs, and not again until due", async () => {
  server.route("/a.xml", send(rss(item({ guid: "a1", title: "From A", description: "x" }))));
  server.route("/b.xml", send(rss(item({ guid: "b1", title: "From B", description: "y" }))));
  const [a, b] = [await createPublisher(), await createPublisher()];
  await setTitleFeed(a.slug, `${server.origin}/a.xml`);
  await setTitleFeed(b.slug, `${server.origin}/b.xml`);
  const feedJobs = jobDefinitions.filter((d) => d.name.startsWith("feed"));
  await defineQueues(boss, feedJobs);
  for (const definition of feedJobs) await workQueue(boss, definition, 0.5);
  await boss.send("feeds-due", {});
  const stored = async () => (await listTitleArticles(a.id)).length + (await listTitleArticles(b.id)).length;
  for (let i = 0; i < 100 && (await stored()) < 2; i++) await new Promise((r) => setTimeout(r, 200));
  expect((await listTitleArticles(a.id)).map((x) => x.headline)).toEqual(["From A"]);
  expect((await listTitleArticles(b.id)).map((x) => x.headline)).toEqual(["From B"]);
  const state = (await findFeedTarget({ publisherId: a.id }))?.state;
  expect(state?.nextPollAt.getTime()).toBeGreaterThan(Date.now() + 200_000); // next poll minutes away
  await boss.send("feeds-due", {});
  await new Promise((r) => setTimeout(r, 2000));
  expect(server.hits("/a.xml")).toBe(1);
});
