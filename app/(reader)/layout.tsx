import { SiteShell } from "@/app/_components/site-shell";
import { getTopics } from "@/lib/content/publishers-and-topics";

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const topics = await getTopics();
  return <SiteShell topics={topics}>{children}</SiteShell>;
}
