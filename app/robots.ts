import type { MetadataRoute } from "next";
import { settings } from "@/lib/config/settings";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/admin", "/search"] },
    sitemap: new URL("/sitemap.xml", settings.appUrl).toString(),
  };
}
