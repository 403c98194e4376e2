import { buttonClass, secondaryButtonClass } from "./field-classes";

/**
 * A curation editor's two buttons: save the draft (from the version it was loaded at) and preview the home page
 * with it in a new tab. The draft travels as JSON in one field, named `field` in both forms.
 */
export function SaveAndPreview({
  save,
  saving,
  version,
  field,
  draft,
  what,
  previewAction,
}: {
  save: (form: FormData) => void;
  saving: boolean;
  version: number;
  field: string;
  draft: string;
  /** What is saved, as the button says it: "picks", "front page". */
  what: string;
  previewAction: string;
}) {
  return (
    <div className="mt-6 flex flex-wrap items-start gap-3">
      <form action={save} aria-label={`Save ${what}`}>
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name={field} value={draft} />
        <button type="submit" className={buttonClass} disabled={saving}>
          {saving ? "Saving…" : `Save ${what}`}
        </button>
      </form>
      <form method="get" action={previewAction} target="_blank" aria-label="Preview the home page">
        <input type="hidden" name={field} value={draft} />
        <button type="submit" className={secondaryButtonClass}>
          Preview the home page
        </button>
      </form>
    </div>
  );
}
