"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { formError } from "@/lib/auth/form-state";
import { pickDraftSchema, savePicks } from "@/lib/newsroom/picks";
import { answerRefusals } from "../_lib/refusals";

const saveForm = z.object({
  version: z.coerce.number().int().min(0),
  draft: z.string().max(50_000),
});

function parseDraft(json: string) {
  try {
    return pickDraftSchema.safeParse(JSON.parse(json));
  } catch {
    return null;
  }
}

/** Saves the whole list of Our Picks if nobody else saved since the editor loaded it. */
export const savePicksAction = formAction(
  { name: "admin.picks.save", access: "editor", schema: saveForm, signInReturn: "/admin/picks" },
  async (input, { user }) => {
    const draft = parseDraft(input.draft);
    if (draft === null) return formError("The picks could not be read. Nothing was saved.");
    if (!draft.success) {
      return formError(`${draft.error.issues[0]?.message ?? "The picks are not valid."} Nothing was saved.`);
    }
    return answerRefusals(async () => {
      await savePicks(user, input.version, draft.data);
      refresh();
      return { status: "success", message: "Saved. The home page shows these picks now." };
    });
  },
);
