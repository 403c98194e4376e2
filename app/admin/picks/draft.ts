// The picks editor's working copy, in the browser until saved.

export interface DraftPick {
  articleId: number;
  headline: string;
  publisherName: string;
  published: boolean;
  pinned: boolean;
  /** ISO times, or null for "at once" / "until removed". */
  startsAt: string | null;
  endsAt: string | null;
}

/** What the server needs of the draft (save and preview): ids, pins and schedules in order. */
export function serialiseDraft(picks: DraftPick[]): string {
  return JSON.stringify(
    picks.map(({ articleId, pinned, startsAt, endsAt }) => ({ articleId, pinned, startsAt, endsAt })),
  );
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO time as a datetime-local value in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (browser time zone) as ISO, or null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
