import { SharedReaderProvider } from "@/app/_components/reader-parts";
import { SavedStateProvider } from "@/app/_components/saved-state";
import { SiteShell } from "@/app/_components/site-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { isSharedMemberRender } from "@/lib/auth/shared-render";
import { getTopics } from "@/lib/content/publishers-and-topics";
import { getSavedIds } from "@/lib/reading/saved";

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const [topics, user, shared] = await Promise.all([getTopics(), getCurrentUser(), isSharedMemberRender()]);
  // The members' shared page copy: the reader's own parts (header included) arrive in the browser.
  if (shared)
    return (
      <SharedReaderProvider>
        <SiteShell topics={topics}>{children}</SiteShell>
      </SharedReaderProvider>
    );
  // The save buttons' state: the reader's own (no query for visitors, whose pages are shared).
  const savedIds = user ? await getSavedIds(user.id) : [];
  return (
    <SiteShell topics={topics}>
      <SavedStateProvider ids={savedIds}>{children}</SavedStateProvider>
    </SiteShell>
  );
}
