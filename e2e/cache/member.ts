import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { signInApi } from "../auth/helpers";
import { e2eEnv } from "../support/env";
import type { TestHooks } from "../support/test-hooks";

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
