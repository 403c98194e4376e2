/**
 * Where a new account lands: a sign-up that would return to the home page goes to For You instead, whose short
 * topic choice is the cold start. A sign-up on its way somewhere (an article, checkout) keeps its way.
 */
export function afterSignUpPath(callbackPath: string): string {
  return callbackPath === "/" ? "/for-you" : callbackPath;
}
