import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createPublisher } from "@/lib/testing/factories/content";
import {
  countActivePublishers,
  getPublisherBySlug,
  listActivePublishers,
  listPublisherCountries,
} from "./publishers";

setUpTestDatabase();

describe("publisher queries", () => {
  it("lists active titles A–Z ignoring case, filters by country and counts", async () => {
    await createPublisher({ slug: "zeta-post", name: "Zeta Post", country: "GB" });
    await createPublisher({ slug: "alpha-herald", name: "alpha Herald", country: "FR" });
    await createPublisher({ slug: "mid-gazette", name: "Mid Gazette", country: "GB" });
    await createPublisher({ slug: "gone-daily", name: "Gone Daily", country: "DE", active: false });

    const all = await listActivePublishers();
    expect(all.map((p) => p.slug)).toEqual(["alpha-herald", "mid-gazette", "zeta-post"]);
    expect((await listActivePublishers("GB")).map((p) => p.slug)).toEqual(["mid-gazette", "zeta-post"]);
    expect(await listActivePublishers("DE")).toEqual([]);
    expect(await listPublisherCountries()).toEqual([
      { country: "FR", titles: 1 },
      { country: "GB", titles: 2 },
    ]);
    expect(await countActivePublishers()).toBe(3);
  });

  it("finds an active title by slug, never an inactive or unknown one", async () => {
    await createPublisher({ slug: "found-times", name: "Found Times", websiteUrl: "https://example.test" });
    await createPublisher({ slug: "hidden-times", name: "Hidden Times", active: false });
    expect(await getPublisherBySlug("found-times")).toMatchObject({ name: "Found Times", country: "GB" });
    expect(await getPublisherBySlug("hidden-times")).toBeUndefined();
    expect(await getPublisherBySlug("no-such-title")).toBeUndefined();
    expect(await getPublisherBySlug("'; drop table publishers; --")).toBeUndefined();
  });
});
