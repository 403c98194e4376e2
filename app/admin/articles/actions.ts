"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { editArticle, restoreArticle, takeDownArticle } from "@/lib/newsroom/articles";
import { answerRefusals } from "../_lib/refusals";

const target = { id: z.coerce.number().int().positive(), version: z.coerce.number().int().min(0) };

const editForm = z.object({
  ...target,
  headline: z.string().trim().min(1, "A headline is needed.").max(300, "Use at most 300 characters."),
  standfirst: z.string().trim().max(1000, "Use at most 1,000 characters."),
  topicId: z.coerce.number({ message: "Choose a topic." }).int().positive("Choose a topic."),
});

export const editArticleAction = formAction(
  {
    name: "admin.articles.edit",
    access: "editor",
    schema: editForm,
    echo: ["headline", "standfirst", "topicId"],
    signInReturn: "/admin/articles",
  },
  async ({ id, version, ...edit }, { user }) =>
    answerRefusals(async () => {
      await editArticle(user, id, version, edit);
      refresh();
      return { status: "success", message: "Saved. Readers see the new wording now." };
    }),
);

export const takeDownArticleAction = formAction(
  {
    name: "admin.articles.take-down",
    access: "editor",
    schema: z.object(target),
    signInReturn: "/admin/articles",
  },
  async ({ id, version }, { user }) =>
    answerRefusals(async () => {
      await takeDownArticle(user, id, version);
      refresh();
      return {
        status: "success",
        message: "Taken down. Its page now answers “removed”; it is gone from every list.",
      };
    }),
);

export const restoreArticleAction = formAction(
  {
    name: "admin.articles.restore",
    access: "editor",
    schema: z.object(target),
    signInReturn: "/admin/articles",
  },
  async ({ id, version }, { user }) =>
    answerRefusals(async () => {
      await restoreArticle(user, id, version);
      refresh();
      return { status: "success", message: "Restored. The story is back where it was." };
    }),
);
