"use client";

import { secondaryButtonClass } from "../_components/field-classes";
import { useReorder } from "../_components/use-reorder";
import type { RailChoice } from "./draft";

/** The topic rails in their home-page order: drag or move by keyboard, and choose which show. */
export function RailList({
  rails,
  onChange,
}: {
  rails: RailChoice[];
  onChange: (rails: RailChoice[]) => void;
}) {
  const reorder = useReorder(rails, onChange, (rail) => ({
    key: rail.topicId,
    label: rail.name,
    handleId: `rail-handle-${rail.topicId}`,
  }));
  return (
    <section aria-labelledby="rails-heading" className="mb-10">
      <h2 id="rails-heading" className="mb-2 text-xl font-semibold">
        Topic rails
      </h2>
      <p id="rails-help" className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
        The rails show on the home page in this order. Drag a topic, or focus its ↕ handle and press Space,
        move it with the arrow keys and press Space again to drop it (Escape cancels). Untick a topic to hide
        its rail.
      </p>
      <div aria-live="polite" role="status" className="sr-only">
        {reorder.announcement}
      </div>
      <ol aria-label="Topic rails, in order" className="space-y-2">
        {rails.map((rail, index) => (
          <li
            key={rail.topicId}
            {...reorder.dragProps(index)}
            aria-label={rail.name}
            className={`flex flex-wrap items-center gap-3 rounded-md border p-2 ${reorder.grabbedKey === rail.topicId ? "border-brand-700 ring-2 ring-brand-700" : "border-neutral-300 dark:border-neutral-700"}`}
          >
            <button
              type="button"
              id={`rail-handle-${rail.topicId}`}
              aria-describedby="rails-help"
              aria-pressed={reorder.grabbedKey === rail.topicId}
              onKeyDown={(event) => reorder.onHandleKeyDown(event, index)}
              className={`${secondaryButtonClass} cursor-grab`}
            >
              <span aria-hidden="true">↕</span>
              <span className="sr-only">
                Move {rail.name}, position {index + 1} of {rails.length}
              </span>
            </button>
            <span
              className={`min-w-0 flex-1 font-medium ${rail.shown ? "" : "text-neutral-600 line-through dark:text-neutral-400"}`}
            >
              {rail.name}
            </span>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={rail.shown}
                onChange={(e) =>
                  onChange(
                    rails.map((r) => (r.topicId === rail.topicId ? { ...r, shown: e.target.checked } : r)),
                  )
                }
              />
              Show<span className="sr-only"> the {rail.name} rail</span>
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}
