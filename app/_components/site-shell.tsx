import { Suspense } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type NavTopic } from "./site-header";
import { UrlNotice } from "./url-notice";

/** Header, main landmark (the skip link's target) and footer around a page. */
export function SiteShell({ topics, children }: { topics?: NavTopic[]; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader topics={topics} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none sm:py-8">
        <Suspense fallback={null}>
          <UrlNotice />
        </Suspense>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
