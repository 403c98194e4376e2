"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { buttonAction } from "@/lib/auth/action";
import { clearHistory, pauseHistory, removeFromHistory } from "@/lib/reading/history";

// The history page's buttons, each for the signed-in reader's own history only.

const history = { access: "user", signInReturn: "/history" } as const;

export const removeHistoryEntry = buttonAction(
  {
    ...history,
    name: "removeHistoryEntry",
    schema: z.object({ articleId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
  },
  async ({ articleId }, { user }) => {
    await removeFromHistory(user.id, articleId);
    revalidatePath("/history");
  },
);

export const clearAllHistory = buttonAction(
  { ...history, name: "clearAllHistory", schema: z.object({}) },
  async (_input, { user }) => {
    await clearHistory(user.id);
    revalidatePath("/history");
  },
);

export const setHistoryPaused = buttonAction(
  { ...history, name: "setHistoryPaused", schema: z.object({ paused: z.enum(["1", "0"]) }) },
  async ({ paused }, { user }) => {
    await pauseHistory(user.id, paused === "1");
    revalidatePath("/history");
  },
);
