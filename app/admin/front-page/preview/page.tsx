import Link from "next/link";
import { HOME_LAYOUT, HomeSections } from "@/app/_components/home-sections";
import { getEditorsPicks } from "@/lib/content/articles";
import { composeFrontPage } from "@/lib/content/front-page";
import { PreviewNote } from "../../_components/preview-note";
import { requireRole } from "@/lib/auth/session";
import { parseLayout } from "../parse-layout";

export const metadata = { title: "Preview: home page" };

/** The home page as a visitor would see it now if the editor's unsaved front page were saved. */
export default async function FrontPagePreviewPage({
  searchParams,
}: {
  searchParams: Promise<{ layout?: string | string[] }>;
}) {
  await requireRole("editor", "/admin/front-page");
  const raw = (await searchParams).layout;
  const layout = parseLayout(Array.isArray(raw) ? raw[0] : raw);
  if (!layout.ok) {
    return (
      <p role="alert">
        This preview link does not hold a valid front page ({layout.message}){" "}
        <Link href="/admin/front-page" className="link-brand">
          Back to the front page
        </Link>
      </p>
    );
  }
  const [front, picks] = await Promise.all([
    composeFrontPage(layout.value, HOME_LAYOUT.railLength),
    getEditorsPicks(HOME_LAYOUT.picks),
  ]);
  return (
    <>
      <PreviewNote>
        The home page as a visitor sees it now with your unsaved front page. Close this tab and press “Save
        front page” to publish it.
      </PreviewNote>
      <HomeSections top={front.leads} picks={picks} rails={front.rails} />
    </>
  );
}
