import { NotFoundMessage } from "@/app/_components/not-found-message";
import { SiteShell } from "@/app/_components/site-shell";

export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  );
}
