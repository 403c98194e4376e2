"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { createTitle, editTitle, setTitlePaused } from "@/lib/newsroom/titles";
import { answerRefusals } from "../_lib/refusals";

const optionalUrl = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "Give a full address starting with https://.")
  .transform((v) => v || null);

const titleForm = z.object({
  name: z.string().trim().min(1, "A name is needed.").max(120, "Use at most 120 characters."),
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "Use lower-case letters, digits and single hyphens, like the-daily-post.",
    )
    .max(80, "Use at most 80 characters."),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Give the two-letter country code, like GB."),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Give a language code, like en or en-GB."),
  description: z.string().trim().max(1000, "Use at most 1,000 characters."),
  websiteUrl: optionalUrl,
  feedUrl: optionalUrl,
});

const ECHO = ["name", "slug", "country", "language", "description", "websiteUrl", "feedUrl"];

/** The uploaded logo, or null when the field was left empty. */
function logoOf(formData: FormData): File | null {
  const logo = formData.get("logo");
  return logo instanceof File && logo.size > 0 ? logo : null;
}

export const createTitleAction = formAction(
  {
    name: "admin.titles.create",
    access: "editor",
    schema: titleForm,
    echo: ECHO,
    signInReturn: "/admin/titles",
  },
  async (input, { user, formData, values }) => {
    let id = 0;
    const state = await answerRefusals(async () => {
      id = await createTitle(user, input, logoOf(formData));
      return { status: "success" };
    });
    if (state.status === "success") redirect(`/admin/titles/${id}?created=1`);
    return { ...state, values }; // a refused create keeps what was typed
  },
);

export const editTitleAction = formAction(
  {
    name: "admin.titles.edit",
    access: "editor",
    schema: titleForm.extend({
      id: z.coerce.number().int().positive(),
      version: z.coerce.number().int().min(0),
    }),
    // The version too: the form puts typed values back only over the version they were typed on.
    echo: [...ECHO, "version"],
    signInReturn: "/admin/titles",
  },
  async ({ id, version, ...input }, { user, formData, values }) => {
    const state = await answerRefusals(async () => {
      await editTitle(user, id, version, input, logoOf(formData));
      refresh();
      return { status: "success", message: "Saved." };
    });
    return state.status === "error" ? { ...state, values } : state;
  },
);

export const pauseTitleAction = formAction(
  {
    name: "admin.titles.pause",
    access: "editor",
    schema: z.object({ id: z.coerce.number().int().positive(), paused: z.enum(["true", "false"]) }),
    signInReturn: "/admin/titles",
  },
  async ({ id, paused }, { user }) =>
    answerRefusals(async () => {
      await setTitlePaused(user, id, paused === "true");
      refresh();
      return {
        status: "success",
        message: paused === "true" ? "Paused: its stories have left the rails and search." : "Resumed.",
      };
    }),
);
