"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { formError } from "@/lib/auth/form-state";
import { saveFrontPage } from "@/lib/newsroom/front-page";
import { answerRefusals } from "../_lib/refusals";
import { parseLayout } from "./parse-layout";

const saveForm = z.object({
  version: z.coerce.number().int().min(0),
  layout: z.string().max(20_000),
});

/** Saves the front page's rails and lead slots if nobody else saved since the editor loaded them. */
export const saveFrontPageAction = formAction(
  { name: "admin.front-page.save", access: "editor", schema: saveForm, signInReturn: "/admin/front-page" },
  async (input, { user }) => {
    const layout = parseLayout(input.layout);
    if (!layout.ok) return formError(`${layout.message} Nothing was saved.`);
    return answerRefusals(async () => {
      await saveFrontPage(user, input.version, layout.value);
      refresh();
      return { status: "success", message: "Saved. The home page shows this front page now." };
    });
  },
);
