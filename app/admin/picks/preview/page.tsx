import Link from "next/link";
import { HOME_LAYOUT, HomeSections } from "@/app/_components/home-sections";
import { getFrontPage } from "@/lib/content/front-page";
import { PreviewNote } from "../../_components/preview-note";
import { requireRole } from "@/lib/auth/session";
import { pickDraftSchema, previewPicks } from "@/lib/newsroom/picks";

export const metadata = { title: "Preview: home page" };

type Params = Promise<{ draft?: string | string[]; at?: string | string[] }>;

function readDraft(raw: string | undefined) {
  try {
    return pickDraftSchema.safeParse(JSON.parse(raw ?? "[]"));
  } catch {
    return null;
  }
}

/** The home page as a visitor would see it now (or at ?at=) if the editor's unsaved picks were saved. */
export default async function PicksPreviewPage({ searchParams }: { searchParams: Params }) {
  await requireRole("editor", "/admin/picks");
  const params = await searchParams;
  const draft = readDraft(Array.isArray(params.draft) ? params.draft[0] : params.draft);
  const atParam = Array.isArray(params.at) ? params.at[0] : params.at;
  const at = atParam && !Number.isNaN(Date.parse(atParam)) ? new Date(atParam) : new Date();
  if (!draft?.success) {
    return (
      <p role="alert">
        This preview link does not hold a valid list of picks.{" "}
        <Link href="/admin/picks" className="link-brand">
          Back to Our Picks
        </Link>
      </p>
    );
  }
  const [front, picks] = await Promise.all([
    getFrontPage(HOME_LAYOUT.railLength),
    previewPicks(draft.data, at, HOME_LAYOUT.picks),
  ]);
  return (
    <>
      <PreviewNote>
        The home page as a visitor sees it at {at.toISOString().replace("T", " ").slice(0, 16)} UTC with your
        unsaved picks. Close this tab and press “Save picks” to publish them.
      </PreviewNote>
      <HomeSections top={front.leads} picks={picks} rails={front.rails} />
    </>
  );
}
