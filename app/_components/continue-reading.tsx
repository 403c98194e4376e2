import { getCurrentUser } from "@/lib/auth/session";
import { getContinueReading } from "@/lib/reading/history";
import { ContinueReadingList } from "./continue-reading-list";

/** A signed-in reader's long stories left part-way; each link opens the story where they stopped. */
export async function ContinueReading() {
  const user = await getCurrentUser();
  if (!user) return null;
  return <ContinueReadingList stories={await getContinueReading(user.id)} />;
}
