import path from "node:path";

// next.config.js and the cache handler are loaded by Next itself, outside lib/config/settings.ts: these
// are the only other readers of the environment (NEXT_DIST_DIR, REDIS_URL; see the README's "Cache").

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships wasm that must be loaded from node_modules, not bundled.
  // pg-boss (and its pg) stay plain Node requires too: pg has optional native parts a bundler trips on.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "sharp", "ioredis"],
  poweredByHeader: false,
  // No ETag on pages: Next hashes a prerendered page's whole HTML in JavaScript for it on every response, a sixth
  // of the server's CPU on /about under load (profiled), to save a transfer that a fresh page's nonce rarely
  // allows. Static build assets keep their own validators (immutable, hashed names).
  generateEtags: false,
  // Lets parallel builds (tests, benchmark) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: { formats: ["image/avif", "image/webp"] },
  // A title's logo (at most 2 MB, checked in lib/newsroom/logos.ts) arrives through a server action; the
  // default 1 MB body limit would refuse it before the check could answer in words.
  // `"use cache"` for shared content (lib/content) without cacheComponents: Cache Components prerenders a
  // static shell whose scripts carry no nonce, which our nonce CSP blocks (vercel/next.js#89754). DEVELOPERS.md
  // has the trade-off.
  experimental: { serverActions: { bodySizeLimit: "3mb" }, useCache: true },
  // One handler for every `"use cache"` entry: in memory, or shared through Redis when REDIS_URL is set, and
  // the place tag purges go (lib/cache/cache-handler.js).
  cacheHandlers: { default: path.resolve(import.meta.dirname, "lib/cache/cache-handler.js") },
  // proxy.ts must see the `RSC` and `Next-Router-*` headers to keep RSC and prefetch requests out of the page
  // cache (by default Next strips them before the proxy runs).
  skipProxyUrlNormalize: true,
};

export default nextConfig;
