import "server-only";
import { z } from "zod";

// The test hooks' dispatch table: each action validates its JSON body and calls a factory in
// lib/testing/factories. Add an entry when a factory lands; the browser fixtures call them by name.

interface TestAction<S extends z.ZodType> {
  input: S;
  run: (input: z.infer<S>) => Promise<unknown>;
}

/** An optional ISO time; null stays null (e.g. "no trial end"). */
const isoDate = z.iso
  .datetime()
  .transform((v) => new Date(v))
  .nullable()
  .optional();

/** What an editor's tool does after a change: purge by tag (lib/content/purge.ts), never a wholesale clear. */
async function purge(tags: (c: typeof import("@/lib/content/purge").contentTags) => string[]): Promise<void> {
  const { contentTags, purgeContent } = await import("@/lib/content/purge");
  await purgeContent(tags(contentTags));
}

function defineAction<S extends z.ZodType>(
  input: S,
  run: (input: z.infer<S>) => Promise<unknown>,
): TestAction<S> {
  return { input, run };
}

export const testActions: Record<string, TestAction<z.ZodType>> = {
  // Proves the hooks are on and the database answers (used by the fixtures before anything else).
  ping: defineAction(z.object({}).strict(), async () => {
    const { openTestDatabase } = await import("@/lib/testing/factories/accounts");
    await openTestDatabase();
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
      const article = await createArticle({
        ...fields,
        publishedAt: publishedAt ? new Date(publishedAt) : new Date(),
      });
      await purge((tags) => [tags.articleLists]);
      const { findPublisherSlug } = await import("@/lib/testing/factories/content");
      return {
        id: article.id,
        slug: article.slug,
        headline: article.headline,
        publisherSlug: await findPublisherSlug(article.publisherId),
      };
    },
  ),

  // An editor's change to an article (new headline or body, or a takedown), then its purge by tag.
  "update-article": defineAction(
    z
      .object({
        id: z.number().int().positive(),
        headline: z.string().min(1).max(300).optional(),
        bodyHtml: z.string().max(500_000).optional(),
        status: z.enum(["published", "withdrawn"]).optional(),
      })
      .strict(),
    async ({ id, ...changes }) => {
      const { updateArticle } = await import("@/lib/testing/factories/content");
      const article = await updateArticle(id, changes);
      // As the newsroom's own edits do: lists carry articleLists, not each card's article tag (cache-life.ts).
      await purge((tags) => [tags.article(id), tags.articleLists]);
      return { id: article.id, slug: article.slug, headline: article.headline };
    },
  ),

  "clear-content-cache": defineAction(z.object({}).strict(), async () => {
    await purge((tags) => [tags.articleLists, tags.picks, tags.frontPage, tags.publishers, tags.topics]);
    return { ok: true };
  }),

  // A verified user with a password (FACTORY_PASSWORD unless given); sign in through the form with it.
  "create-user": defineAction(
    z
      .object({
        email: z.email().optional(),
        password: z.string().min(1).max(200).optional(),
        name: z.string().max(200).optional(),
        role: z.enum(["reader", "editor", "admin"]).optional(),
        verified: z.boolean().optional(),
      })
      .strict(),
    async (input) => {
      const { createUser } = await import("@/lib/testing/factories/accounts");
      const { user, password } = await createUser(input);
      return { id: user.id, email: user.email, password, role: user.role };
    },
  ),

  // A user's id by email, for users made through the real sign-up form (auth e2e grants them a membership).
  "find-user": defineAction(z.object({ email: z.email() }).strict(), async ({ email }) => {
    const { findUser } = await import("@/lib/testing/factories/accounts");
    const user = await findUser(email);
    if (!user) throw new Error(`no user ${email}`);
    return { id: user.id, email: user.email, role: user.role };
  }),

  // What a user said when cancelling (issue 10 point 4: stored for the admins).
  "cancellation-reasons": defineAction(
    z.object({ userId: z.string().min(1) }).strict(),
    async ({ userId }) => {
      const { listCancellationReasonsOf } = await import("@/lib/testing/factories/billing");
      const rows = await listCancellationReasonsOf(userId);
      return rows.map((r) => ({
        reason: r.reason,
        comment: r.comment,
        subscription: r.stripeSubscriptionId,
      }));
    },
  ),

  // How many statements so far read a table with a value among their parameters (query-count e2e).
  "count-queries": defineAction(
    z.object({ table: z.string().regex(/^[a-z_]{1,63}$/), param: z.string().min(1).max(200) }).strict(),
    async ({ table, param }) => {
      const { countQueriesWith } = await import("@/lib/testing/query-count");
      return { count: countQueriesWith(table, param) };
    },
  ),

  // One run of the job engine's briefing-send job, now (the e2e cannot wait for its quarter-hour schedule).
  "run-briefings": defineAction(z.object({}).strict(), async () => {
    const { sendDueBriefings } = await import("@/lib/personal/briefing-job");
    return sendDueBriefings();
  }),

  // Titles with members' reads and a payment in one month (publisher payouts e2e).
  "create-payout-month": defineAction(
    z
      .object({
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
        netMinor: z.number().int().min(0),
        titles: z
          .array(
            z.object({
              name: z.string().min(1).max(200),
              memberSeconds: z.number().int().min(0),
              nonMemberSeconds: z.number().int().min(0).optional(),
            }),
          )
          .max(20),
      })
      .strict(),
    async (input) => {
      const { createPayoutMonthData } = await import("@/lib/testing/factories/payouts");
      return { titles: await createPayoutMonthData(input) };
    },
  ),

  // A membership row as billing would write it (status as Stripe names it).
  "grant-membership": defineAction(
    z
      .object({
        userId: z.string().min(1),
        status: z.enum([
          "trialing",
          "active",
          "past_due",
          "canceled",
          "unpaid",
          "incomplete",
          "incomplete_expired",
          "paused",
        ]),
        plan: z.enum(["monthly", "annual"]).optional(),
        trialEnd: isoDate,
        currentPeriodEnd: isoDate,
        cancelAtPeriodEnd: z.boolean().optional(),
        pastDueSince: isoDate,
      })
      .strict(),
    async ({ userId, ...input }) => {
      const { grantMembership } = await import("@/lib/testing/factories/accounts");
      const membership = await grantMembership(userId, input);
      return { id: membership.id, status: membership.status, plan: membership.plan };
    },
  ),
};
