import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { signInApi } from "../auth/helpers";
import { e2eEnv } from "../support/env";
import type { TestHooks } from "../support/test-hooks";
import { test as base } from "../fixtures";

/** A new member with an active membership, signed in through Auth.js in a request context of their own. */
export async function signedInMember(
  testHooks: TestHooks,
  baseURL = e2eEnv.appUrl,
): Promise<APIRequestContext> {
  const user = await testHooks.createUser();
  await testHooks.grantMembership(user.id, { status: "active", plan: "monthly" });
  const member = await playwrightRequest.newContext({ baseURL });
  await signInApi(member, user.email, user.password);
  return member;
}

/** The cache specs' test: `member` is a signed-in member's own request context, disposed after the test. */
export const test = base.extend<{ member: APIRequestContext }>({
  member: async ({ testHooks }, provide) => {
    const member = await signedInMember(testHooks);
    await provide(member);
    await member.dispose();
  },
});
