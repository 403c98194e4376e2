import "server-only";
import { z } from "zod";

// The test hooks' dispatch table: each action validates its JSON body and calls a factory in
// lib/testing/factories. Add an entry when a factory lands; the browser fixtures call them by name.

interface TestAction<S extends z.ZodType> {
  input: S;
  run: (input: z.infer<S>) => Promise<unknown>;
}

function defineAction<S extends z.ZodType>(input: S, run: (input: z.infer<S>) => Promise<unknown>): TestAction<S> {
  return { input, run };
}

export const testActions: Record<string, TestAction<z.ZodType>> = {
  // Proves the hooks are on and the database answers (used by the fixtures before anything else).
  ping: defineAction(z.object({}).strict(), async () => {
    const { getDb } = await import("@/lib/db/client");
    await getDb();
    return { ok: true };
  }),

  // An article with a known teaser and body (paywall and leak tests); publisher and topic are made for it.
  "create-article": defineAction(
    z
      .object({
        headline: z.string().min(1).max(300).optional(),
        standfirst: z.string().max(1000).optional(),
        teaserHtml: z.string().max(100_000).optional(),
        bodyHtml: z.string().max(500_000).optional(),
        publishedAt: z.iso.datetime().optional(),
      })
      .strict(),
    async ({ publishedAt, ...fields }) => {
      const { createArticle } = await import("@/lib/testing/factories/content");
      const article = await createArticle({ ...fields, publishedAt: publishedAt ? new Date(publishedAt) : new Date() });
      return { id: article.id, slug: article.slug, headline: article.headline };
    },
  ),
};
