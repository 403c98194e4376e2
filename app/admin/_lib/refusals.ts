import "server-only";
import { refresh } from "next/cache";
import { formError, type FormState } from "@/lib/auth/form-state";
import { refusalMessage } from "@/lib/newsroom/errors";

/**
 * Runs a newsroom change; an expected refusal (stale version, bad reference) becomes the form's message and
 * the page is refreshed so the editor sees the current state. Anything else propagates to the action wrapper.
 */
export async function answerRefusals(run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    const message = refusalMessage(error);
    if (message === null) throw error;
    refresh();
    return formError(message); // no echo: the refreshed form shows the current state
  }
}
