import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { settings } from "@/lib/config/settings";

// Prerendered pages (`/about`) are built once, so their scripts carry no per-request nonce: under the nonce CSP
// they ran no JavaScript at all. They get a policy of their own instead, from the build's HTML: `'self'` for the
// framework's chunk files and the SHA-256 of each inline script they contain. An injected inline script has none
// of those hashes and is still refused; nothing is rendered per request. Read once per process.

interface PrerenderManifest {
  routes?: Record<string, unknown>;
}

let hashesByPath: Map<string, string[]> | undefined;

function readHashes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const appDir = path.join(settings.distDir, "server", "app");
  const manifestPath = path.join(settings.distDir, "prerender-manifest.json");
  if (!existsSync(manifestPath)) return found;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as PrerenderManifest;
  for (const route of Object.keys(manifest.routes ?? {})) {
    const htmlPath = path.join(appDir, `${route === "/" ? "index" : route}.html`);
    if (!existsSync(htmlPath)) continue;
    found.set(route, inlineScriptHashes(readFileSync(htmlPath, "utf8")));
  }
  return found;
}

/** `'sha256-…'` of each inline (no src) script element in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The script hashes of a prerendered page at `pathname`, or undefined when the page renders per request. */
export function prerenderedScriptHashes(pathname: string): string[] | undefined {
  if (!settings.isProduction) return undefined;
  hashesByPath ??= readHashes();
  return hashesByPath.get(pathname);
}
