import Link from "next/link";
import { SkipLink } from "@/app/_components/skip-link";

const SECTIONS: { href: string; label: string; adminOnly?: boolean }[] = [
  { href: "/admin/picks", label: "Our Picks" },
  { href: "/admin/front-page", label: "Front page" },
  { href: "/admin/articles", label: "Articles" },
  { href: "/admin/titles", label: "Titles" },
  { href: "/admin/people", label: "People", adminOnly: true },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/analytics", label: "Analytics" },
  { href: "/admin/payouts", label: "Payouts", adminOnly: true },
];

/** The newsroom's own chrome: a skip link, the sections the caller may use, and the main landmark. */
export function AdminShell({
  user,
  children,
}: {
  user: { email: string; role: string };
  children: React.ReactNode;
}) {
  return (
    <>
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-950">
        <SkipLink />
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-serif text-2xl font-bold tracking-tight">
            News<span className="text-brand-700 dark:text-brand-500">stand</span> newsroom
          </Link>
          <p className="text-sm text-neutral-700 dark:text-neutral-300">
            {user.email} ({user.role}) ·{" "}
            <Link href="/" className="link-brand">
              View site
            </Link>
          </p>
        </div>
        <nav aria-label="Newsroom" className="border-t border-neutral-200 dark:border-neutral-800">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-medium whitespace-nowrap">
            {SECTIONS.filter((s) => !s.adminOnly || user.role === "admin").map((section) => (
              <li key={section.href}>
                <Link href={section.href} className="nav-link">
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        {children}
      </main>
    </>
  );
}
