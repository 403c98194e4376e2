/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships wasm that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Lets parallel builds (tests, benchmark) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: { formats: ["image/avif", "image/webp"] },
};

export default nextConfig;
