import { expect, type APIRequestContext } from "@playwright/test";

// Client of app/api/test/[action] (see actions.ts there): factories that write to the database directly.

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: "reader" | "editor" | "admin";
}

export type MembershipStatus =
  "trialing" | "active" | "past_due" | "canceled" | "unpaid" | "incomplete" | "incomplete_expired" | "paused";

export interface GrantMembershipInput {
  status: MembershipStatus;
  plan?: "monthly" | "annual";
  /** ISO times; null for "none". */
  trialEnd?: string | null;
  currentPeriodEnd?: string | null;
  cancelAtPeriodEnd?: boolean;
  pastDueSince?: string | null;
}

export interface CreateArticleInput {
  headline?: string;
  standfirst?: string;
  teaserHtml?: string;
  bodyHtml?: string;
  publishedAt?: string;
}

export function createTestHooks(request: APIRequestContext) {
  async function call<T = unknown>(action: string, body: object = {}): Promise<T> {
    const response = await request.post(`/api/test/${action}`, { data: body });
    const text = await response.text();
    expect(response.status(), `test hook ${action}: ${text}`).toBe(200);
    return JSON.parse(text) as T;
  }
  return {
    call,
    createUser: (
      input: {
        email?: string;
        password?: string;
        name?: string;
        role?: TestUser["role"];
        verified?: boolean;
      } = {},
    ) => call<TestUser>("create-user", input),
    grantMembership: (userId: string, input: GrantMembershipInput) =>
      call<{ id: string; status: string; plan: string }>("grant-membership", { userId, ...input }),
    createArticle: (input: CreateArticleInput = {}) =>
      call<{ id: number; slug: string; headline: string; publisherSlug: string }>("create-article", input),
    updateArticle: (
      id: number,
      changes: { headline?: string; bodyHtml?: string; status?: "published" | "withdrawn" },
    ) => call<{ id: number; slug: string; headline: string }>("update-article", { id, ...changes }),
    clearContentCache: () => call("clear-content-cache"),
  };
}

export type TestHooks = ReturnType<typeof createTestHooks>;
