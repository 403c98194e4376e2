"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { buttonAction } from "@/lib/auth/action";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInPath } from "@/lib/auth/session";
import { setSaved } from "@/lib/reading/saved";

// Save and unsave, from any card or article. Any signed-in reader may save; a visitor is sent to sign in and
// comes back to the page they were on.

export const toggleSaved = buttonAction(
  {
    name: "toggleSaved",
    access: "public",
    schema: z.object({
      articleId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      save: z.enum(["1", "0"]),
      returnTo: z.string().max(500).optional(),
    }),
  },
  async ({ articleId, save, returnTo }, { user }) => {
    const back = safeCallbackPath(returnTo);
    if (!user) redirect(signInPath(back));
    await setSaved(user.id, articleId, save === "1");
    if (back === "/saved") revalidatePath("/saved");
  },
);
