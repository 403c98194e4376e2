import { getCurrentUser, signInPath } from "@/lib/auth/session";
import { parseMonth } from "@/lib/business/payout-month";
import { getPayoutStatement } from "@/lib/business/payouts";
import { payoutCsv, payoutCsvFilename } from "@/lib/business/payouts-csv";

// A month's payouts as CSV (admins only, checked here: a route handler has no layout in front of it).
// Visitors go to sign-in, other roles get a 404 like the page; a bad ?month= is a 400 that says why.

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user) {
    const back = `/admin/payouts.csv${url.search}`;
    return new Response(null, { status: 307, headers: { location: signInPath(back) } });
  }
  if (user.role !== "admin") return text("Not found", 404);

  const asked = parseMonth(url.searchParams.get("month") ?? undefined);
  if (!asked.ok) return text(`Bad month: ${asked.message}`, 400);
  const statement = await getPayoutStatement(asked.month);
  return new Response(payoutCsv(statement), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${payoutCsvFilename(statement)}"`,
      "cache-control": "no-store",
    },
  });
}
