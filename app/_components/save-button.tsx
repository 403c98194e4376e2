"use client";

import { usePathname } from "next/navigation";
import { toggleSaved } from "@/app/(reader)/saved/actions";
import { useSavedState } from "./saved-state";

/** Save / Saved toggle for one story; a visitor who presses it is asked to sign in first. */
export function SaveButton({
  articleId,
  headline,
  large = false,
}: {
  articleId: number;
  headline: string;
  large?: boolean;
}) {
  const { isSaved, mark } = useSavedState();
  const pathname = usePathname() ?? "/";
  const saved = isSaved(articleId);
  return (
    <form
      className="inline"
      action={async (form) => {
        mark(articleId, !saved);
        await toggleSaved(form);
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="save" value={saved ? "0" : "1"} />
      <input type="hidden" name="returnTo" value={pathname} />
      <button type="submit" aria-pressed={saved} className={large ? "save-button-large" : "save-button"}>
        {saved ? "Saved" : "Save"}
        <span className="sr-only">: {headline}</span>
      </button>
    </form>
  );
}
