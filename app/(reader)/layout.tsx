import { SavedStateProvider } from "@/app/_components/saved-state";
import { SiteShell } from "@/app/_components/site-shell";
import { getCurrentUser } from "@/lib/auth/session";
import { getTopics } from "@/lib/content/publishers-and-topics";
import { getSavedIds } from "@/lib/reading/saved";

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const [topics, user] = await Promise.all([getTopics(), getCurrentUser()]);
  // The save buttons' state: the reader's own (no query for visitors, whose pages are shared).
  const savedIds = user ? await getSavedIds(user.id) : [];
  return (
    <SiteShell topics={topics}>
      <SavedStateProvider ids={savedIds}>{children}</SavedStateProvider>
    </SiteShell>
  );
}
