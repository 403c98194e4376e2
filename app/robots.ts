import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { settings } from "@/lib/config/settings";

// Rendered per request, not at build time: the build does not know the APP_URL the server runs with.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/admin", "/search"] },
    sitemap: new URL("/sitemap.xml", settings.appUrl).toString(),
  };
}
