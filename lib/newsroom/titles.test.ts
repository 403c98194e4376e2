import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { listAuditEntries } from "@/lib/db/queries/audit-log";
import { listTopStories } from "@/lib/db/queries/articles";
import { getArticleBySlug } from "@/lib/db/queries/articles";
import { listActivePublishers } from "@/lib/db/queries/publishers";
import { settings } from "@/lib/config/settings";
import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle, createPublisher } from "@/lib/testing/factories/content";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { EditorialInputError } from "./errors";
import { createTitle, getTitle, setTitlePaused } from "./titles";

vi.mock("next/cache", () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

setUpTestDatabase();

const input = (slug: string) => ({
  name: `The ${slug}`,
  slug,
  country: "GB",
  language: "en",
  description: "A test title.",
  websiteUrl: null,
  feedUrl: null,
});

async function png(width: number, height: number): Promise<File> {
  const data = await sharp({ create: { width, height, channels: 3, background: "#0a5" } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(data)], "logo.png", { type: "image/png" });
}

describe("titles", () => {
  it("creates a title with a re-encoded logo stored under DATA_DIR, audited and listed", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const id = await createTitle(editor, input("the-harbour-gazette"), await png(900, 300));
    const title = await getTitle(id);
    expect(title?.logoUrl).toMatch(/^\/media\/[a-f0-9]{40}\.webp$/);
    const stored = await readFile(path.resolve(settings.DATA_DIR, "media", path.basename(title!.logoUrl!)));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 400, height: 133 });
    expect((await listActivePublishers()).map((p) => p.slug)).toContain("the-harbour-gazette");
    const [entry] = await listAuditEntries({ entityType: "publisher", entityId: String(id), limit: 1 });
    expect(entry).toMatchObject({ action: "title.create", actorId: editor.id });
  });

  it("refuses an SVG (with a script), a non-image, a 20 MB file and a taken slug, creating nothing", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const svg = new File(
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
      "x.svg",
      {
        type: "image/svg+xml",
      },
    );
    const text = new File(["not an image"], "x.png", { type: "image/png" });
    const huge = new File([new Uint8Array(20 * 1024 * 1024)], "big.png", { type: "image/png" });
    await expect(createTitle(editor, input("svg-title"), svg)).rejects.toThrow("SVG logos are not accepted");
    await expect(createTitle(editor, input("text-title"), text)).rejects.toThrow("must be a PNG");
    await expect(createTitle(editor, input("huge-title"), huge)).rejects.toThrow("the limit is 2 MB");
    const taken = await createPublisher();
    await expect(createTitle(editor, input(taken.slug), null)).rejects.toBeInstanceOf(EditorialInputError);
    const slugs = (await listActivePublishers()).map((p) => p.slug);
    for (const slug of ["svg-title", "text-title", "huge-title"]) expect(slugs).not.toContain(slug);
  });

  it("pausing takes a title's stories out of lists but keeps them readable by link; resuming brings them back", async () => {
    const { user: editor } = await createUser({ role: "editor" });
    const title = await createPublisher();
    const story = await createArticle({ publisherId: title.id });
    await setTitlePaused(editor, title.id, true);
    expect((await listTopStories(500)).map((a) => a.id)).not.toContain(story.id);
    expect((await listActivePublishers()).map((p) => p.slug)).not.toContain(title.slug);
    expect((await getArticleBySlug(story.slug))?.id).toBe(story.id);
    await expect(setTitlePaused(editor, title.id, true)).rejects.toThrow("already paused");
    await setTitlePaused(editor, title.id, false);
    expect((await listTopStories(500)).map((a) => a.id)).toContain(story.id);
  });
});
