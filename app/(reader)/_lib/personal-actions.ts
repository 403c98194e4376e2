"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { buttonAction } from "@/lib/auth/action";
import {
  changeFollow,
  chooseTopics,
  FOLLOW_KINDS,
  resetPersonalisation,
  UnknownTargetError,
} from "@/lib/personal/follows";

// The reader's own follows, mutes and For You settings. Each action re-renders the page it came from
// (refresh: the router only, never a shared cache purge — nothing shared changed).

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/);

export const changeFollowAction = buttonAction(
  {
    name: "personal.follow",
    access: "user",
    schema: z.object({
      kind: z.enum(FOLLOW_KINDS),
      slug,
      change: z.enum(["follow", "unfollow", "mute", "unmute"]),
    }),
  },
  async ({ kind, slug: target, change }, { user }) => {
    try {
      await changeFollow(user.id, kind, target, change);
    } catch (error) {
      // A title, topic or author that is not (or no longer) there: nothing to change, nothing to say.
      if (!(error instanceof UnknownTargetError)) throw error;
    }
    refresh();
  },
);

const topicId = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
const topicIds = z
  .union([topicId.transform((id) => [id]), z.array(topicId).max(50)])
  .optional()
  .transform((ids) => ids ?? []);

export const chooseTopicsAction = buttonAction(
  {
    name: "personal.choose-topics",
    access: "user",
    schema: z.object({ topic: topicIds }),
    signInReturn: "/for-you",
  },
  async ({ topic }, { user }) => {
    await chooseTopics(user.id, topic);
    redirect("/for-you");
  },
);

export const resetPersonalisationAction = buttonAction(
  { name: "personal.reset", access: "user", schema: z.object({}), signInReturn: "/for-you" },
  async (_input, { user }) => {
    await resetPersonalisation(user.id);
    redirect("/for-you?reset=1");
  },
);
