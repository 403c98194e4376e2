// Writes the sample art shipped in public/images: one wordmark logo per fictional title and
// abstract hero images per topic. Deterministic, so re-running changes nothing.
//   npx tsx scripts/generate-images.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildPublishers, type PublisherSeed } from "../drizzle/seed/catalogue";
import { heroImages, palettes, type HeroImage } from "../drizzle/seed/images";
import { DEFAULT_SEED } from "../drizzle/seed/constants";
import { createRng, type Rng } from "../drizzle/seed/prng";

const root = path.resolve(import.meta.dirname, "..", "public");
const logoInks = [
  "#12355b",
  "#7a1f2b",
  "#0b3d2e",
  "#3c1642",
  "#22223b",
  "#005f73",
  "#5f0f40",
  "#1b4332",
  "#2b2d42",
  "#8a4b08",
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function renderLogo(publisher: PublisherSeed): string {
  const rng = createRng(hashOf(publisher.slug));
  const ink = rng.pick(logoInks);
  const words = publisher.name.replace(/^The /, "").split(/[\s-]+/);
  const initials = words
    .map((w) => w[0] ?? "")
    .join("")
    .slice(0, 3)
    .toUpperCase();
  const name = escapeXml(publisher.name);
  const serif = rng.chance(0.6);
  const font = serif ? "Georgia,'Times New Roman',serif" : "'Helvetica Neue',Arial,sans-serif";
  const badge = rng.chance(0.5)
    ? `<circle cx="40" cy="40" r="34" fill="${ink}"/>`
    : `<rect x="6" y="6" width="68" height="68" rx="${rng.int(0, 14)}" fill="${ink}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80" width="80" height="80" role="img" aria-label="${name}">${badge}<text x="40" y="${initials.length > 2 ? 48 : 51}" text-anchor="middle" font-family="${font}" font-size="${initials.length > 2 ? 22 : 30}" font-weight="700" fill="#fff">${escapeXml(initials)}</text></svg>\n`;
}

function shapes(rng: Rng, hero: HeroImage, a: string, b: string, light: string): string {
  const { width: w, height: h } = hero;
  const out: string[] = [];
  switch (hero.composition) {
    case "circles":
      for (let i = 0; i < 7; i++)
        out.push(
          `<circle cx="${rng.int(0, w)}" cy="${rng.int(0, h)}" r="${rng.int(60, 260)}" fill="${rng.pick([a, b, light])}" opacity="${(rng.int(35, 85) / 100).toFixed(2)}"/>`,
        );
      break;
    case "stripes":
      for (let i = 0; i < 9; i++) {
        const x = rng.int(-400, w);
        const band = rng.int(40, 160);
        out.push(
          `<polygon points="${x},0 ${x + band},0 ${x + band + 380},${h} ${x + 380},${h}" fill="${rng.pick([a, b, light])}" opacity="${(rng.int(40, 90) / 100).toFixed(2)}"/>`,
        );
      }
      break;
    case "waves":
      for (let i = 0; i < 5; i++) {
        const y = Math.round(h * (0.3 + i * 0.14));
        const amp = rng.int(30, 90);
        out.push(
          `<path d="M0 ${y} C ${w * 0.25} ${y - amp}, ${w * 0.5} ${y + amp}, ${w} ${y - rng.int(0, amp)} L ${w} ${h} L 0 ${h} Z" fill="${[a, b, light][i % 3]}" opacity="${(0.45 + i * 0.1).toFixed(2)}"/>`,
        );
      }
      break;
    case "grid":
      for (let x = 0; x < w; x += 150)
        for (let y = 0; y < h; y += 150) {
          if (rng.chance(0.35))
            out.push(
              `<rect x="${x + 10}" y="${y + 10}" width="130" height="130" rx="12" fill="${rng.pick([a, b])}" opacity="0.8"/>`,
            );
          else if (rng.chance(0.5))
            out.push(
              `<circle cx="${x + 75}" cy="${y + 75}" r="${rng.int(12, 40)}" fill="${light}" opacity="0.7"/>`,
            );
        }
      break;
  }
  return out.join("");
}

function renderHero(hero: HeroImage): string {
  const [bg, a, b, light] = palettes[hero.topic] ?? ["#222", "#888", "#aaa", "#eee"];
  const rng = createRng(hashOf(hero.url));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${hero.width} ${hero.height}" width="${hero.width}" height="${hero.height}" role="img" aria-label="${escapeXml(hero.alt)}"><rect width="100%" height="100%" fill="${bg}"/>${shapes(rng, hero, a, b, light)}</svg>\n`;
}

async function main(): Promise<void> {
  await mkdir(path.join(root, "images/logos"), { recursive: true });
  await mkdir(path.join(root, "images/heroes"), { recursive: true });
  const publishers = buildPublishers(DEFAULT_SEED);
  for (const p of publishers) await writeFile(path.join(root, p.logoUrl), renderLogo(p));
  for (const hero of heroImages) await writeFile(path.join(root, hero.url), renderHero(hero));
  console.log(`wrote ${publishers.length} logos and ${heroImages.length} hero images to public/images`);
}

await main();
