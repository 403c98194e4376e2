// The client's address as our own reverse proxy reports it: the first hop of X-Forwarded-For, else X-Real-IP.
// Only as trustworthy as the proxy in front; it keys rate limits, never permissions.

export function getClientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  return candidate.slice(0, 64);
}
