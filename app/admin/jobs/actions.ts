"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { retryJob } from "@/lib/jobs/overview";
import { answerRefusals } from "../_lib/refusals";

export const retryJobAction = formAction(
  {
    name: "admin.jobs.retry",
    access: "editor",
    schema: z.object({
      name: z
        .string()
        .trim()
        .regex(/^[a-z0-9-]{1,60}$/, "Unknown queue."),
      id: z.uuid("Unknown job."),
    }),
    signInReturn: "/admin/jobs",
    invalidMessage: "That job could not be found. Reload the page.",
  },
  async ({ name, id }, { user }) =>
    answerRefusals(async () => {
      await retryJob(user, name, id);
      refresh();
      return { status: "success", message: "Queued for another try." };
    }),
);
