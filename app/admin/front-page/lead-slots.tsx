"use client";

import { autoSourceNames, autoSources } from "@/lib/content/front-page-slots";
import { secondaryButtonClass } from "../_components/field-classes";
import type { DraftSlot } from "./draft";

const slotName = (index: number) => (index === 0 ? "Slot 1 (the lead)" : `Slot ${index + 1}`);

/** The lead stories: per slot, automatic (most read or newest) or a story chosen by hand. */
export function LeadSlots({
  slots,
  onChange,
  onFind,
}: {
  slots: DraftSlot[];
  onChange: (index: number, slot: DraftSlot) => void;
  /** Asks the search to fill this slot. */
  onFind: (index: number) => void;
}) {
  return (
    <ol aria-label="Lead stories, in order" className="space-y-3">
      {slots.map((slot, index) => (
        <li key={index}>
          <fieldset className="rounded-md border border-neutral-300 p-3 dark:border-neutral-700">
            <legend className="px-1 font-medium">{slotName(index)}</legend>
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center sm:gap-4">
              {autoSources.map((source) => (
                <label key={source} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`lead-${index}`}
                    checked={slot.mode === source}
                    onChange={() => onChange(index, { ...slot, mode: source })}
                  />
                  Automatic: {autoSourceNames[source]}
                </label>
              ))}
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`lead-${index}`}
                  checked={slot.mode === "hand"}
                  disabled={!slot.story}
                  onChange={() => onChange(index, { ...slot, mode: "hand" })}
                />
                {slot.story ? (
                  <span>
                    By hand: <span className="font-medium">{slot.story.headline}</span>
                    {slot.story.publisherName && <> · {slot.story.publisherName}</>}
                    {!slot.story.published && (
                      <span className="ml-1 text-red-700 dark:text-red-400">
                        (no longer listed: an automatic story shows instead)
                      </span>
                    )}
                  </span>
                ) : (
                  "By hand (find a story first)"
                )}
              </label>
              <button type="button" className={secondaryButtonClass} onClick={() => onFind(index)}>
                Find a story<span className="sr-only"> for {slotName(index).toLowerCase()}</span>
              </button>
            </div>
          </fieldset>
        </li>
      ))}
    </ol>
  );
}
