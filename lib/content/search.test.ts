import { describe, expect, it } from "vitest";
import { listActivePublishers } from "@/lib/db/queries/publishers";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createPublisher } from "@/lib/testing/factories/content";
import { findTitles } from "./search";

setUpTestDatabase();

// Titles found by their name above the results, from the active titles the search form lists (getPublishers).
describe("findTitles", () => {
  it("finds a title by its name, whatever the case and spacing", async () => {
    await createPublisher({ slug: "glenshannagh-courier", name: "Glenshannagh Courier" });
    await createPublisher({ slug: "glenshannagh-times", name: "Glenshannagh Times" });
    await createPublisher({ slug: "glenshannagh-paused", name: "Glenshannagh Paused", active: false });
    const titles = await listActivePublishers();
    expect(findTitles(titles, "glenshannagh  COURIER")).toEqual([
      { slug: "glenshannagh-courier", name: "Glenshannagh Courier" },
    ]);
    expect(findTitles(titles, "Glenshannagh").map((p) => p.slug)).toEqual([
      "glenshannagh-courier",
      "glenshannagh-times",
    ]);
    expect(findTitles(titles, "%_'")).toEqual([]);
    expect(findTitles(titles, "")).toEqual([]);
  });

  it("takes the words in order, anything between them, and at most `limit` titles", () => {
    const titles = [
      { slug: "a", name: "The Ashby Crossing Weekly" },
      { slug: "b", name: "The Ashby Courier" },
      { slug: "c", name: "The Brugwater Ledger" },
    ];
    expect(findTitles(titles, "ashby weekly").map((t) => t.slug)).toEqual(["a"]);
    expect(findTitles(titles, "weekly ashby")).toEqual([]);
    expect(findTitles(titles, "ash cour").map((t) => t.slug)).toEqual(["b"]);
    expect(findTitles(titles, "the").map((t) => t.slug)).toEqual(["a", "b", "c"]);
    expect(findTitles(titles, "the", 2).map((t) => t.slug)).toEqual(["a", "b"]);
  });
});
