import { connection } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { exportMyData } from "@/lib/privacy/my-data";

// "Download my data" on the account page: the signed-in reader's own data as a JSON file. A GET, so a plain
// link downloads it; another site can start the download but never read it (no CORS), and it lands with the reader.

export async function GET(): Promise<Response> {
  await connection();
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "sign in first" }, { status: 401 });
  const data = await exportMyData(user);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="newsstand-my-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
