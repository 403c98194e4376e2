"use client";

import { useFormStatus } from "react-dom";
import type { FollowKind } from "@/lib/personal/follows";
import { changeFollowAction } from "../_lib/personal-actions";

export type FollowState = "none" | "following" | "muted";

function ToggleButton({ pressed, children }: { pressed: boolean; children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-pressed={pressed}
      disabled={pending}
      className={`rounded-full border px-3 py-1 text-sm font-medium disabled:opacity-60 ${
        pressed
          ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-600"
          : "border-neutral-300 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
      }`}
    >
      {children}
    </button>
  );
}

/**
 * Follow and mute for one title, topic or author: one click each way. Muting what is followed replaces the
 * follow; "Muted · undo" takes the mute back. Works without script (plain forms).
 */
export function FollowButtons({
  kind,
  slug,
  name,
  state,
}: {
  kind: FollowKind;
  slug: string;
  name: string;
  state: FollowState;
}) {
  const form = (change: string, button: React.ReactNode) => (
    <form action={changeFollowAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="change" value={change} />
      {button}
    </form>
  );
  const who = <span className="sr-only"> {name}</span>;
  if (state === "muted") return form("unmute", <ToggleButton pressed>Muted{who} · undo</ToggleButton>);
  return (
    <div className="flex gap-2">
      {form(
        state === "following" ? "unfollow" : "follow",
        <ToggleButton pressed={state === "following"}>
          {state === "following" ? "Following" : "Follow"}
          {who}
        </ToggleButton>,
      )}
      {form("mute", <ToggleButton pressed={false}>Mute{who}</ToggleButton>)}
    </div>
  );
}
