import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createTopic } from "@/lib/testing/factories/content";
import { pingDatabase } from "./health";
import { getTopicBySlug, listTopics } from "./topics";

setUpTestDatabase();

describe("topic queries", () => {
  it("lists topics in position order and finds one by slug", async () => {
    await createTopic({ slug: "sport", name: "Sport", position: 3 });
    await createTopic({ slug: "world", name: "World", position: 1 });
    await createTopic({ slug: "business", name: "Business", position: 2 });
    expect((await listTopics()).map((t) => t.slug)).toEqual(["world", "business", "sport"]);
    expect(await getTopicBySlug("business")).toMatchObject({ name: "Business" });
    expect(await getTopicBySlug("nope")).toBeUndefined();
  });

  it("answers a health ping", async () => {
    expect(await pingDatabase()).toBe(true);
  });
});
