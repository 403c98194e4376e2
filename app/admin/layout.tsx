import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { AdminShell } from "./_components/admin-shell";

export const metadata: Metadata = { title: "Newsroom", robots: { index: false, follow: false } };

// Visitors go to sign-in, readers get a 404. Every page and action below checks the role again itself:
// a layout does not re-run on every navigation, so it is not the gate, only the chrome.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole("editor", "/admin");
  return <AdminShell user={user}>{children}</AdminShell>;
}
