import { frontPageSchema, type FrontPageLayout } from "@/lib/content/front-page-layout";

// The layout the editor sends (JSON in a hidden field or the preview's address), read for the save and the preview.

export type ParsedLayout = { ok: true; value: FrontPageLayout } | { ok: false; message: string };

export function parseLayout(json: string | undefined): ParsedLayout {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? "");
  } catch {
    return { ok: false, message: "The front page could not be read." };
  }
  const parsed = frontPageSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "The front page is not valid." };
}
