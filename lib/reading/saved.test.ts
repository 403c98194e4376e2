import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { getSavedIds, getSavedStories, setSaved } from "./saved";

setUpTestDatabase();

describe("saved stories", () => {
  it("save and unsave per reader, newest first; saving twice keeps one", async () => {
    const { user } = await createUser();
    const { user: other } = await createUser();
    const [a, b] = await Promise.all([createArticle(), createArticle()]);
    expect(await setSaved(user.id, a!.id, true)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await setSaved(user.id, b!.id, true)).toBe(true);
    expect(await setSaved(user.id, b!.id, true)).toBe(true);
    expect((await getSavedStories(user.id)).map((s) => s.id)).toEqual([b!.id, a!.id]);
    expect(await getSavedIds(other.id)).toEqual([]);
    await setSaved(user.id, b!.id, false);
    expect(await getSavedIds(user.id)).toEqual([a!.id]);
  });

  it("refuses a story that does not exist or is not published", async () => {
    const { user } = await createUser();
    const draft = await createArticle({ status: "draft" });
    expect(await setSaved(user.id, draft.id, true)).toBe(false);
    expect(await setSaved(user.id, 987_654_321, true)).toBe(false);
    expect(await getSavedIds(user.id)).toEqual([]);
  });
});
