"use client";

import { useActionState, useState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { FormMessage } from "../_components/form-message";
import { SaveAndPreview } from "../_components/save-and-preview";
import { savePicksAction } from "./actions";
import { serialiseDraft, type DraftPick } from "./draft";
import { PickRow } from "./pick-row";
import { PickSearch, type Candidate } from "./pick-search";
import { useReorder } from "../_components/use-reorder";

/** Our Picks as a draft: add, reorder, pin, schedule, remove, preview; nothing changes for readers until Save. */
export function PicksEditor({
  version,
  saved,
  query,
  results,
}: {
  version: number;
  saved: DraftPick[];
  query: string;
  results: Candidate[];
}) {
  const [state, save, saving] = useActionState(savePicksAction, idleForm);
  const [draft, setDraft] = useState(saved);
  const [baseVersion, setBaseVersion] = useState(version);
  // A save (ours, or another editor's seen after a refused save) brings a new version: start again from it.
  // Only the version counts: a search re-renders the page with equal but new arrays, and must keep the draft.
  if (baseVersion !== version) {
    setBaseVersion(version);
    setDraft(saved);
  }
  const reorder = useReorder(draft, setDraft, (pick) => ({
    key: pick.articleId,
    label: pick.headline,
    handleId: `pick-handle-${pick.articleId}`,
  }));
  const serialised = serialiseDraft(draft);
  const dirty = serialised !== serialiseDraft(saved);

  function add(candidate: Candidate) {
    setDraft([
      ...draft,
      {
        articleId: candidate.id,
        headline: candidate.headline,
        publisherName: candidate.publisherName,
        published: true,
        pinned: false,
        startsAt: null,
        endsAt: null,
      },
    ]);
    reorder.announce(`${candidate.headline}: added at position ${draft.length + 1} of ${draft.length + 1}.`);
  }

  return (
    <>
      <PickSearch
        query={query}
        results={results}
        pickedIds={new Set(draft.map((p) => p.articleId))}
        onAdd={add}
      />
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-2 text-xl font-semibold">
          The list {dirty && <span className="text-sm font-normal">(unsaved changes)</span>}
        </h2>
        <p id="reorder-help" className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
          Drag a story, or focus its ↕ handle and press Space, move it with the arrow keys and press Space
          again to drop it (Escape cancels). Pinned stories show first on the home page.
        </p>
        <div aria-live="polite" role="status" className="sr-only">
          {reorder.announcement}
        </div>
        {draft.length === 0 ? (
          <p>No picks yet: search for a story above and add it.</p>
        ) : (
          <ol aria-label="Our Picks, in order" className="space-y-3">
            {draft.map((pick, index) => (
              <PickRow
                key={pick.articleId}
                pick={pick}
                index={index}
                count={draft.length}
                grabbed={reorder.grabbedKey === pick.articleId}
                onChange={(next) => setDraft(draft.map((p) => (p.articleId === next.articleId ? next : p)))}
                onRemove={() => {
                  setDraft(draft.filter((p) => p.articleId !== pick.articleId));
                  reorder.announce(`${pick.headline}: removed.`);
                }}
                onHandleKeyDown={(event) => reorder.onHandleKeyDown(event, index)}
                dragProps={reorder.dragProps(index)}
              />
            ))}
          </ol>
        )}
        <SaveAndPreview
          save={save}
          saving={saving}
          version={version}
          field="draft"
          draft={serialised}
          what="picks"
          previewAction="/admin/picks/preview"
        />
        <FormMessage state={state} />
      </section>
    </>
  );
}
