// A small JSON request body (a beacon, a page's question), read whole but never past `maxBytes`. Bad input is a
// 4xx the route answers with, never a throw.

export type SmallJson = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

export async function readSmallJson(request: Request, maxBytes: number): Promise<SmallJson> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes)
    return { ok: false, status: 413, error: "too large" };
  try {
    const text = await request.text();
    if (text.length > maxBytes) return { ok: false, status: 413, error: "too large" };
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: "not JSON" };
  }
}
