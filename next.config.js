/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships wasm that must be loaded from node_modules, not bundled.
  // pg-boss (and its pg) stay plain Node requires too: pg has optional native parts a bundler trips on.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "sharp"],
  poweredByHeader: false,
  // Lets parallel builds (tests, benchmark) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: { formats: ["image/avif", "image/webp"] },
  // A title's logo (at most 2 MB, checked in lib/newsroom/logos.ts) arrives through a server action; the
  // default 1 MB body limit would refuse it before the check could answer in words.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
