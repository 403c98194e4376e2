"use client";

import { useActionState, useState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { inputClass } from "../_components/field-classes";
import { FormMessage } from "../_components/form-message";
import { SaveAndPreview } from "../_components/save-and-preview";
import { PickSearch, type Candidate } from "../picks/pick-search";
import { saveFrontPageAction } from "./actions";
import { handPickedIds, serialiseLayout, type DraftSlot, type RailChoice } from "./draft";
import { LeadSlots } from "./lead-slots";
import { RailList } from "./rail-list";

const SEARCH_WORDS = {
  heading: "Find a story to lead",
  searchName: "Find a story for a lead slot",
  add: "Use",
  added: "Leading",
};

/** The front page as a draft: rails and lead slots; nothing changes for readers until Save. */
export function FrontPageEditor({
  version,
  savedRails,
  savedSlots,
  query,
  results,
}: {
  version: number;
  savedRails: RailChoice[];
  savedSlots: DraftSlot[];
  query: string;
  results: Candidate[];
}) {
  const [state, save, saving] = useActionState(saveFrontPageAction, idleForm);
  const [rails, setRails] = useState(savedRails);
  const [slots, setSlots] = useState(savedSlots);
  const [target, setTarget] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [baseVersion, setBaseVersion] = useState(version);
  // A save (ours, or another editor's seen after a refused one) brings a new version: start again from it.
  // A search re-renders the page with the same version and must keep the draft.
  if (baseVersion !== version) {
    setBaseVersion(version);
    setRails(savedRails);
    setSlots(savedSlots);
  }
  const serialised = serialiseLayout(rails, slots);
  const dirty = serialised !== serialiseLayout(savedRails, savedSlots);

  function changeSlot(index: number, slot: DraftSlot) {
    setSlots(slots.map((s, i) => (i === index ? slot : s)));
  }

  function use(candidate: Candidate) {
    changeSlot(target, {
      mode: "hand",
      story: {
        articleId: candidate.id,
        headline: candidate.headline,
        publisherName: candidate.publisherName,
        published: true,
      },
    });
    setAnnouncement(`${candidate.headline}: chosen by hand for slot ${target + 1}.`);
  }

  return (
    <>
      <RailList rails={rails} onChange={setRails} />
      <section aria-labelledby="leads-heading" className="mb-8">
        <h2 id="leads-heading" className="mb-2 text-xl font-semibold">
          Lead stories {dirty && <span className="text-sm font-normal">(unsaved changes)</span>}
        </h2>
        <p className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
          The “Top stories” block of the home page: a lead and four headlines. An automatic slot never repeats
          a story another slot shows.
        </p>
        <div aria-live="polite" role="status" className="sr-only">
          {announcement}
        </div>
        <LeadSlots
          slots={slots}
          onChange={changeSlot}
          onFind={(index) => {
            setTarget(index);
            document.getElementById("pick-query")?.focus();
          }}
        />
      </section>
      <PickSearch
        query={query}
        results={results}
        pickedIds={handPickedIds(slots)}
        onAdd={use}
        words={SEARCH_WORDS}
      >
        <div className="mt-3 max-w-xs">
          <label htmlFor="lead-target" className="block text-sm font-medium">
            A story you use goes into
          </label>
          <select
            id="lead-target"
            value={target}
            onChange={(e) => setTarget(Number(e.target.value))}
            className={inputClass}
          >
            {slots.map((_, index) => (
              <option key={index} value={index}>
                Slot {index + 1}
                {index === 0 ? " (the lead)" : ""}
              </option>
            ))}
          </select>
        </div>
      </PickSearch>
      <SaveAndPreview
        save={save}
        saving={saving}
        version={version}
        field="layout"
        draft={serialised}
        what="front page"
        previewAction="/admin/front-page/preview"
      />
      <FormMessage state={state} />
    </>
  );
}
