import Link from "next/link";
import { requireRole } from "@/lib/auth/session";

export default async function NewsroomHome() {
  const user = await requireRole("editor", "/admin");
  const tools = [
    {
      href: "/admin/picks",
      label: "Our Picks",
      text: "Choose, order, pin and schedule the home page's picks.",
    },
    {
      href: "/admin/front-page",
      label: "Front page",
      text: "Choose the home page's topic rails and their order, and its lead stories.",
    },
    {
      href: "/admin/articles",
      label: "Articles",
      text: "Find a story, fix its headline, take it down or restore it.",
    },
    {
      href: "/admin/titles",
      label: "Titles",
      text: "Add a title, edit its details and logo, pause or resume it.",
    },
    ...(user.role === "admin"
      ? [{ href: "/admin/people", label: "People", text: "Grant and revoke the editor role." }]
      : []),
    {
      href: "/admin/audit",
      label: "Audit log",
      text: "Every change made here: who, what, before and after.",
    },
    {
      href: "/admin/analytics",
      label: "Analytics",
      text:
        user.role === "admin"
          ? "Members, MRR, trials, churn and reading over any period."
          : "Reading over any period: reads and minutes by topic and title.",
    },
    ...(user.role === "admin"
      ? [
          {
            href: "/admin/payouts",
            label: "Payouts",
            text: "Each title's share of the month's members' reading, its payout, and closing a month.",
          },
        ]
      : []),
  ];
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Newsroom</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {tools.map((tool) => (
          <li key={tool.href} className="rounded-md border border-neutral-200 p-4 dark:border-neutral-800">
            <h2 className="text-lg font-semibold">
              <Link href={tool.href} className="link-brand">
                {tool.label}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{tool.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
