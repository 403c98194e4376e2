"use client";

import { inputClass, secondaryButtonClass } from "../_components/field-classes";
import { fromLocalInput, toLocalInput, type DraftPick } from "./draft";

interface PickRowProps {
  pick: DraftPick;
  index: number;
  count: number;
  grabbed: boolean;
  onChange: (pick: DraftPick) => void;
  onRemove: () => void;
  onHandleKeyDown: (event: React.KeyboardEvent) => void;
  dragProps: React.LiHTMLAttributes<HTMLLIElement>;
}

/** One pick: a drag/keyboard handle, pin, schedule and remove. */
export function PickRow({
  pick,
  index,
  count,
  grabbed,
  onChange,
  onRemove,
  onHandleKeyDown,
  dragProps,
}: PickRowProps) {
  const id = pick.articleId;
  return (
    <li
      {...dragProps}
      aria-label={pick.headline}
      className={`flex flex-col gap-3 rounded-md border p-3 sm:flex-row sm:items-start ${grabbed ? "border-brand-700 ring-2 ring-brand-700" : "border-neutral-300 dark:border-neutral-700"}`}
    >
      <button
        type="button"
        id={`pick-handle-${id}`}
        aria-describedby="reorder-help"
        aria-pressed={grabbed}
        onKeyDown={onHandleKeyDown}
        className={`${secondaryButtonClass} cursor-grab`}
      >
        <span aria-hidden="true">↕</span>
        <span className="sr-only">
          Move {pick.headline}, position {index + 1} of {count}
        </span>
      </button>
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {pick.headline}
          {!pick.published && (
            <span className="ml-2 text-sm text-red-700 dark:text-red-400">(no longer published)</span>
          )}
        </p>
        <p className="text-sm text-neutral-700 dark:text-neutral-300">{pick.publisherName}</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-3 sm:items-end">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={pick.pinned}
              onChange={(e) => onChange({ ...pick, pinned: e.target.checked })}
            />
            Pin to the top
          </label>
          <div>
            <label htmlFor={`pick-start-${id}`} className="block text-sm">
              Show from
            </label>
            <input
              id={`pick-start-${id}`}
              type="datetime-local"
              value={toLocalInput(pick.startsAt)}
              onChange={(e) => onChange({ ...pick, startsAt: fromLocalInput(e.target.value) })}
              className={inputClass}
              suppressHydrationWarning
            />
          </div>
          <div>
            <label htmlFor={`pick-end-${id}`} className="block text-sm">
              Show until
            </label>
            <input
              id={`pick-end-${id}`}
              type="datetime-local"
              value={toLocalInput(pick.endsAt)}
              onChange={(e) => onChange({ ...pick, endsAt: fromLocalInput(e.target.value) })}
              className={inputClass}
              suppressHydrationWarning
            />
          </div>
        </div>
      </div>
      <button type="button" onClick={onRemove} className={secondaryButtonClass}>
        Remove<span className="sr-only"> {pick.headline}</span>
      </button>
    </li>
  );
}
