"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { fieldError } from "@/lib/auth/form-state";
import { BriefingInputError, saveBriefingSetting } from "@/lib/personal/briefing-settings";

// The daily briefing's opt-in on the account page: on or off, the hour and the reader's time zone. The zone is
// checked on the server (Intl and the database's tz list, lib/personal/briefing-settings.ts), whatever the form sent.

export const saveBriefing = formAction(
  {
    name: "saveBriefing",
    access: "user",
    signInReturn: "/account",
    schema: z.object({
      enabled: z.literal("on").optional(),
      sendHour: z.coerce
        .number({ error: "Choose an hour." })
        .int("Choose an hour.")
        .min(0, "Choose an hour between 0 and 23.")
        .max(23, "Choose an hour between 0 and 23."),
      timeZone: z.string().trim().min(1, "Choose a time zone.").max(64, "Choose a time zone from the list."),
    }),
    echo: ["enabled", "sendHour", "timeZone"],
  },
  async ({ enabled, sendHour, timeZone }, { user, values }) => {
    try {
      await saveBriefingSetting(user.id, { enabled: enabled === "on", sendHour, timeZone });
    } catch (error) {
      if (error instanceof BriefingInputError)
        return fieldError("Please check the time zone and hour.", "timeZone", error.message, values);
      throw error;
    }
    revalidatePath("/account");
    return {
      status: "success",
      message: enabled ? "Your daily briefing is on." : "Your daily briefing is off.",
      values,
    };
  },
);
