import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { createArticle, createPick } from "@/lib/testing/factories/content";
import { listEditorsPicks } from "./picks";

setUpTestDatabase();

describe("editors' picks", () => {
  it("returns picks in the editors' order, skipping unpublished ones, up to the limit", async () => {
    const first = await createArticle({ headline: "First pick" });
    const second = await createArticle({ headline: "Second pick" });
    const draft = await createArticle({ headline: "Draft pick", status: "draft" });
    const third = await createArticle({ headline: "Third pick" });
    await createPick(second.id, 2);
    await createPick(first.id, 1);
    await createPick(draft.id, 0);
    await createPick(third.id, 3);

    const picks = await listEditorsPicks(10);
    expect(picks.map((p) => p.headline)).toEqual(["First pick", "Second pick", "Third pick"]);
    expect(picks[0]).not.toHaveProperty("bodyHtml");
    expect((await listEditorsPicks(2)).map((p) => p.id)).toEqual([first.id, second.id]);
  });
});
